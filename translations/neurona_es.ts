<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MainWindow</name>
    <message>
        <source>Neurona</source>
        <translation>Neurona</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>E&amp;ntrenar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Reproducir / Pausar</translation>
    </message>
    <message>
        <source>&amp;Step One Epoch</source>
        <translation>&amp;Avanzar una época</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Re&amp;iniciar</translation>
    </message>
    <message>
        <source>&amp;About Neurona</source>
        <translation>&amp;Acerca de Neurona</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Decision Boundary</source>
        <translation>Frontera de decisión</translation>
    </message>
    <message>
        <source>Network canvas</source>
        <translation>Lienzo de la red</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>About Neurona</source>
        <translation>Acerca de Neurona</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Neurona %1&lt;/h3&gt;&lt;p&gt;Build small neural networks by dragging layers, train them on 2D data while you watch, and export the trained model.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2, QCustomPlot, Eigen, nlohmann-json, ONNX and protobuf.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Neurona %1&lt;/h3&gt;&lt;p&gt;Construye pequeñas redes neuronales arrastrando capas, entrénalas con datos en 2D mientras observas cómo aprenden y exporta el modelo entrenado.&lt;/p&gt;&lt;p&gt;Licencia: Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Hecho con Qt %2, QCustomPlot, Eigen, nlohmann-json, ONNX y protobuf.&lt;/p&gt;</translation>
    </message>
</context>
</TS>