# The app's layers and which way their arrows point (ARCHITECTURE.md), checked on the sources:
#   app/model     may include core and Qt Core/Gui, never training/, ui/, cli/ nor a Qt Widgets header
#   app/training  may include model/ and core, never ui/, cli/ nor a Qt Widgets header
#   app/pictures  core and Qt Gui only: never model/, training/, ui/, cli/ nor a Qt Widgets header
#   app/cli       core and pictures/' Qt-free BoundaryRaster and PngWriter: never model/, training/, ui/ nor
#                 any Qt header
# and on the build: the model library does not link Qt Widgets (LINKED lists what it links).
# Arguments: -DAPP=<app dir> -DWIDGETS=<Qt Widgets' include dirs> -DLINKED=<neurona_model's link libraries>
cmake_policy(SET CMP0057 NEW) # if(... IN_LIST ...) in script mode
foreach(dir ${WIDGETS})
  if(dir MATCHES "QtWidgets/?$")
    set(widgetsDir "${dir}")
  endif()
endforeach()
if(NOT widgetsDir)
  message(FATAL_ERROR "No QtWidgets include folder in '${WIDGETS}'")
endif()
file(GLOB widgetHeaders RELATIVE "${widgetsDir}" "${widgetsDir}/Q*")
list(FILTER widgetHeaders EXCLUDE REGEX "\\.")
set(problems "")

function(check layer forbiddenDirs qtForbidden)
  file(GLOB_RECURSE files "${APP}/${layer}/*.h" "${APP}/${layer}/*.cpp")
  foreach(f ${files})
    file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line ${includes})
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" header "${line}")
      foreach(dir ${forbiddenDirs})
        if(header MATCHES "^${dir}/")
          list(APPEND problems "${f} includes ${header} (${layer}/ must not depend on ${dir}/)")
        endif()
      endforeach()
      string(REGEX REPLACE "^QtWidgets/" "" bare "${header}")
      if(qtForbidden STREQUAL "all" AND header MATCHES "^(Q[A-Z]|Qt|q[a-z]+\\.h)")
        list(APPEND problems "${f} includes ${header} (${layer}/ must not use Qt)")
      elseif(qtForbidden STREQUAL "widgets" AND (header MATCHES "^QtWidgets/" OR bare IN_LIST widgetHeaders))
        list(APPEND problems "${f} includes ${header} (${layer}/ must not use Qt Widgets)")
      endif()
    endforeach()
  endforeach()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

check(model "training;ui;cli" widgets)
check(training "ui;cli" widgets)
check(pictures "model;training;ui;cli" widgets)
check(cli "model;training;ui" all)
if(LINKED MATCHES "Widgets|QCustomPlot")
  list(APPEND problems "neurona_model links ${LINKED}: the model library must not link Qt Widgets")
endif()
if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "The app's dependency rule is broken:\n  ${text}")
endif()
message(STATUS "model/, training/, pictures/ and cli/ depend only downwards")
