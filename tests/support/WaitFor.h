#pragma once
// Runs the event loop until pred() holds or timeoutMs passes; returns pred(). For the tests that wait for
// a training thread, a sweep or a timer through the real event loop.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

inline bool waitFor(const std::function<bool()>& pred, int timeoutMs = 20000) {
  QElapsedTimer t;
  t.start();
  while (!pred()) {
    if (t.elapsed() > timeoutMs) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QThread::msleep(1);
  }
  return true;
}
