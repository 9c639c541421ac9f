<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BoundaryPlot</name>
    <message>
        <source>x1</source>
        <translation>x1</translation>
    </message>
    <message>
        <source>x2</source>
        <translation>x2</translation>
    </message>
    <message>
        <source>validation / test</source>
        <translation>validación / prueba</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>reconstrucción</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <source>Discretize</source>
        <translation>Discretizar</translation>
    </message>
    <message>
        <source>Show validation/test</source>
        <translation>Mostrar validación/prueba</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Rejilla</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Pintar</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message>
        <source>Colour each region by the class the network predicts there, without showing how sure it is: the edges between the colours are the decision boundary.</source>
        <translation>Colorea cada zona con la clase que predice la red en ella, sin mostrar su grado de seguridad: los bordes entre los colores son la frontera de decisión.</translation>
    </message>
    <message>
        <source>Also draw the validation and test points, which the network never trains on: a boundary that fits the training points but misses these is overfitting.</source>
        <translation>Dibuja también los puntos de validación y de prueba, con los que la red nunca entrena: una frontera que se ajusta a los puntos de entrenamiento pero falla con estos indica sobreajuste.</translation>
    </message>
    <message>
        <source>How many points of the plane the network is asked about to draw the boundary: a finer grid shows more detail and takes longer.</source>
        <translation>En cuántos puntos del plano se consulta a la red para dibujar la frontera: una rejilla más fina muestra más detalle y tarda más.</translation>
    </message>
    <message>
        <source>Add examples by hand and watch the boundary follow the data: click the plot to add a point of this class; right-click removes the nearest point.</source>
        <translation>Añade ejemplos a mano y observa cómo la frontera sigue a los datos: haz clic en la gráfica para añadir un punto de esta clase; el clic derecho quita el punto más cercano.</translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation>Bloqueado por esta lección</translation>
    </message>
</context>
<context>
    <name>CanvasInternals</name>
    <message>
        <source>Weight from neuron %1 to neuron %2 of %3: %4 (click to change it)</source>
        <translation>Peso de la neurona %1 a la neurona %2 de %3: %4 (haz clic para cambiarlo)</translation>
    </message>
</context>
<context>
    <name>CodeCommentText</name>
    <message>
        <source>A Neurona project&apos;s training run written from scratch with NumPy: the data, the network, the loss, backpropagation and the optimizer, step by step.</source>
        <translation>La ejecución del entrenamiento de un proyecto de Neurona escrita desde cero con NumPy: los datos, la red, la pérdida, la retropropagación y el optimizador, paso a paso.</translation>
    </message>
    <message>
        <source>Run it with Python 3 and NumPy:</source>
        <translation>Ejecútelo con Python 3 y NumPy:</translation>
    </message>
    <message>
        <source>It prints a header line, then one line per epoch: the epoch, the training loss and, with validation rows, the validation loss (the columns of neurona-cli train --history).</source>
        <translation>Imprime una línea de encabezado y luego una línea por época: la época, la pérdida de entrenamiento y, con filas de validación, la pérdida de validación (las columnas de neurona-cli train --history).</translation>
    </message>
    <message>
        <source>Every array is float32, as Neurona computes.</source>
        <translation>Todos los arreglos son float32, como calcula Neurona.</translation>
    </message>
    <message>
        <source>1. The data</source>
        <translation>1. Los datos</translation>
    </message>
    <message>
        <source>The names of the inputs and of the classes, for reference.</source>
        <translation>Los nombres de las entradas y de las clases, como referencia.</translation>
    </message>
    <message>
        <source>The training rows as Neurona&apos;s trainer receives them: already split, with the extra inputs appended and the preprocessing applied. One row per sample, one column per network input.</source>
        <translation>Las filas de entrenamiento tal como las recibe el entrenador de Neurona: ya divididas, con las entradas adicionales añadidas y el preprocesamiento aplicado. Una fila por muestra, una columna por entrada de la red.</translation>
    </message>
    <message>
        <source>The target of each row for the one sigmoid output: 1 for the second class, 0 for the first.</source>
        <translation>El objetivo de cada fila para la única salida sigmoide: 1 para la segunda clase, 0 para la primera.</translation>
    </message>
    <message>
        <source>The target of each row, one-hot: 1 in the column of its class, 0 elsewhere.</source>
        <translation>El objetivo de cada fila, en codificación one-hot: 1 en la columna de su clase, 0 en las demás.</translation>
    </message>
    <message>
        <source>The target value of each row.</source>
        <translation>El valor objetivo de cada fila.</translation>
    </message>
    <message>
        <source>The validation rows, prepared the same way: the network never trains on them; their loss is measured after every epoch.</source>
        <translation>Las filas de validación, preparadas del mismo modo: la red nunca se entrena con ellas; su pérdida se mide después de cada época.</translation>
    </message>
    <message>
        <source>The project keeps no validation rows.</source>
        <translation>El proyecto no reserva filas de validación.</translation>
    </message>
    <message>
        <source>2. The network</source>
        <translation>2. La red</translation>
    </message>
    <message>
        <source>The layers in order, from the inputs to the output layer: dense layers with their number of units and activation.</source>
        <translation>Las capas en orden, de las entradas a la capa de salida: capas densas con su número de unidades y su activación.</translation>
    </message>
    <message>
        <source>The training settings of the project.</source>
        <translation>Los ajustes de entrenamiento del proyecto.</translation>
    </message>
    <message>
        <source>3. The initial values</source>
        <translation>3. Los valores iniciales</translation>
    </message>
    <message>
        <source>The values a training run starts from, drawn from the training seed exactly as Neurona draws them.</source>
        <translation>Los valores de los que parte una ejecución de entrenamiento, extraídos de la semilla de entrenamiento exactamente como los extrae Neurona.</translation>
    </message>
    <message>
        <source>The project&apos;s trained values: training continues from them, as it does in Neurona.</source>
        <translation>Los valores entrenados del proyecto: el entrenamiento continúa a partir de ellos, como en Neurona.</translation>
    </message>
    <message>
        <source>A dense layer&apos;s weights W have one row per input and one column per unit, its bias b one value per unit.</source>
        <translation>Los pesos W de una capa densa tienen una fila por entrada y una columna por unidad; su sesgo b, un valor por unidad.</translation>
    </message>
    <message>
        <source>Batch normalisation: the scale gamma and shift beta it learns, and the running mean and variance it uses at inference.</source>
        <translation>Normalización por lotes: la escala gamma y el desplazamiento beta que aprende, y la media y la varianza acumuladas que usa en inferencia.</translation>
    </message>
    <message>
        <source>4. Activation functions and their derivatives</source>
        <translation>4. Funciones de activación y sus derivadas</translation>
    </message>
    <message>
        <source>Each NAME_backward(z, a, da) turns the gradient of the loss with respect to a layer&apos;s output a = NAME(z) into the gradient with respect to z (the chain rule: da times the derivative).</source>
        <translation>Cada NAME_backward(z, a, da) convierte el gradiente de la pérdida respecto a la salida de una capa a = NAME(z) en el gradiente respecto a z (la regla de la cadena: da por la derivada).</translation>
    </message>
    <message>
        <source>5. The forward pass</source>
        <translation>5. La propagación hacia delante</translation>
    </message>
    <message>
        <source>A dense layer computes z = x @ W + b for all rows at once, then a = activation(z). The cache keeps what backpropagation needs.</source>
        <translation>Una capa densa calcula z = x @ W + b para todas las filas a la vez y luego a = activation(z). La caché guarda lo que necesita la retropropagación.</translation>
    </message>
    <message>
        <source>Dropout in training: each value is zeroed with probability rate, the others are scaled by 1 / (1 - rate); at inference it passes the values through.</source>
        <translation>Dropout en entrenamiento: cada valor se pone a cero con probabilidad rate y los demás se multiplican por 1 / (1 - rate); en inferencia deja pasar los valores sin cambios.</translation>
    </message>
    <message>
        <source>Batch normalisation in training: each column is normalised with the batch&apos;s mean and variance, then scaled and shifted, and the running statistics move towards the batch&apos;s; at inference it uses the running statistics.</source>
        <translation>Normalización por lotes en entrenamiento: cada columna se normaliza con la media y la varianza del lote, luego se escala y se desplaza, y las estadísticas acumuladas se acercan a las del lote; en inferencia usa las estadísticas acumuladas.</translation>
    </message>
    <message>
        <source>6. The loss</source>
        <translation>6. La pérdida</translation>
    </message>
    <message>
        <source>Mean squared error: the mean of (a - y)^2 over every output value.</source>
        <translation>Error cuadrático medio: la media de (a - y)^2 sobre todos los valores de salida.</translation>
    </message>
    <message>
        <source>Mean absolute error: the mean of |a - y| over every output value.</source>
        <translation>Error absoluto medio: la media de |a - y| sobre todos los valores de salida.</translation>
    </message>
    <message>
        <source>Huber loss: d^2 / 2 where |d| &lt; 1, else |d| - 1/2 (d = a - y), averaged over every output value.</source>
        <translation>Pérdida de Huber: d^2 / 2 donde |d| &lt; 1, si no |d| - 1/2 (d = a - y), promediada sobre todos los valores de salida.</translation>
    </message>
    <message>
        <source>Binary cross-entropy, computed from the logits z of the sigmoid output in a form that stays finite for large |z|, averaged over every output value.</source>
        <translation>Entropía cruzada binaria, calculada a partir de los logits z de la salida sigmoide de una forma que sigue siendo finita para |z| grandes, promediada sobre todos los valores de salida.</translation>
    </message>
    <message>
        <source>Categorical cross-entropy, computed from the logits z of the softmax output: log-sum-exp of z minus the logit of the true class, averaged over the rows.</source>
        <translation>Entropía cruzada categórica, calculada a partir de los logits z de la salida softmax: log-sum-exp de z menos el logit de la clase verdadera, promediada sobre las filas.</translation>
    </message>
    <message>
        <source>The gradient of the loss with respect to the output layer&apos;s values a; the 1/n of the mean is applied here, once.</source>
        <translation>El gradiente de la pérdida respecto a los valores a de la capa de salida; el 1/n de la media se aplica aquí, una sola vez.</translation>
    </message>
    <message>
        <source>With this loss and this output activation the gradient with respect to the logits is simply (a - y) / n, where n is the count the mean divides by.</source>
        <translation>Con esta pérdida y esta activación de salida, el gradiente respecto a los logits es simplemente (a - y) / n, donde n es la cantidad entre la que divide la media.</translation>
    </message>
    <message>
        <source>7. Backpropagation</source>
        <translation>7. Retropropagación</translation>
    </message>
    <message>
        <source>From the output layer back to the first: delta is the gradient of the loss with respect to a layer&apos;s z; dW = x.T @ delta, db = the column sums of delta, and delta @ W.T is the gradient for the layer below.</source>
        <translation>De la capa de salida hacia la primera: delta es el gradiente de la pérdida respecto a la z de una capa; dW = x.T @ delta, db = las sumas por columna de delta, y delta @ W.T es el gradiente para la capa anterior.</translation>
    </message>
    <message>
        <source>Dropout: the gradient goes back through the same mask.</source>
        <translation>Dropout: el gradiente vuelve a través de la misma máscara.</translation>
    </message>
    <message>
        <source>Batch normalisation: the gradients of gamma and beta, and the gradient of its input through the batch&apos;s mean and variance.</source>
        <translation>Normalización por lotes: los gradientes de gamma y beta, y el gradiente de su entrada a través de la media y la varianza del lote.</translation>
    </message>
    <message>
        <source>L1 and L2 penalties add l1 * sign(W) + l2 * W to the gradients of the weights (not of the biases).</source>
        <translation>Las penalizaciones L1 y L2 suman l1 * sign(W) + l2 * W a los gradientes de los pesos (no de los sesgos).</translation>
    </message>
    <message>
        <source>Gradient clipping: when the norm of all gradients together is above the limit, they are scaled down to it.</source>
        <translation>Recorte del gradiente: cuando la norma de todos los gradientes juntos supera el límite, se reducen a escala hasta él.</translation>
    </message>
    <message>
        <source>8. The optimizer</source>
        <translation>8. El optimizador</translation>
    </message>
    <message>
        <source>Stochastic gradient descent: every value takes a step against its gradient, the learning rate long.</source>
        <translation>Descenso de gradiente estocástico: cada valor da un paso en contra de su gradiente, de la longitud de la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>With momentum: a velocity accumulates the gradients, and the values move along it.</source>
        <translation>Con momento: una velocidad acumula los gradientes y los valores se mueven según ella.</translation>
    </message>
    <message>
        <source>Nesterov momentum: the step looks ahead, gradient plus momentum times the velocity.</source>
        <translation>Momento de Nesterov: el paso mira hacia delante, el gradiente más el momento por la velocidad.</translation>
    </message>
    <message>
        <source>Adam: running averages of the gradient (m) and of its square (v), corrected for having started at zero; each value steps by m / (sqrt(v) + eps).</source>
        <translation>Adam: medias móviles del gradiente (m) y de su cuadrado (v), corregidas por haber empezado en cero; cada valor avanza m / (sqrt(v) + eps).</translation>
    </message>
    <message>
        <source>AdamW: Adam whose weight decay shrinks the values directly instead of adding to the gradient.</source>
        <translation>AdamW: Adam cuyo decaimiento de pesos reduce los valores directamente en lugar de sumarse al gradiente.</translation>
    </message>
    <message>
        <source>RMSprop: each gradient is divided by the root of a running average of its square.</source>
        <translation>RMSprop: cada gradiente se divide entre la raíz de una media móvil de su cuadrado.</translation>
    </message>
    <message>
        <source>Adagrad: each gradient is divided by the root of the sum of all its squares so far.</source>
        <translation>Adagrad: cada gradiente se divide entre la raíz de la suma de todos sus cuadrados hasta el momento.</translation>
    </message>
    <message>
        <source>Weight decay adds weight_decay * value to every gradient.</source>
        <translation>El decaimiento de pesos suma weight_decay * valor a cada gradiente.</translation>
    </message>
    <message>
        <source>The learning rate of each epoch (the schedule).</source>
        <translation>La tasa de aprendizaje de cada época (el calendario).</translation>
    </message>
    <message>
        <source>9. Training</source>
        <translation>9. Entrenamiento</translation>
    </message>
    <message>
        <source>Neurona&apos;s random engine, std::mt19937_64, bit for bit: it shuffles the rows and draws the dropout masks, so that they are the same as in Neurona.</source>
        <translation>El generador aleatorio de Neurona, std::mt19937_64, bit a bit: baraja las filas y extrae las máscaras de dropout, para que sean las mismas que en Neurona.</translation>
    </message>
    <message>
        <source>The engine has already drawn the initial values when training starts: skip those draws.</source>
        <translation>El generador ya ha extraído los valores iniciales cuando empieza el entrenamiento: se saltan esas extracciones.</translation>
    </message>
    <message>
        <source>Full batch: every epoch is one step computed on all training rows at once.</source>
        <translation>Lote completo: cada época es un paso calculado con todas las filas de entrenamiento a la vez.</translation>
    </message>
    <message>
        <source>Mini-batches taken in the order of the rows (shuffling is off).</source>
        <translation>Minilotes tomados en el orden de las filas (el barajado está desactivado).</translation>
    </message>
    <message>
        <source>Mini-batches: every epoch the rows are shuffled (Fisher-Yates with the engine), then taken in that order.</source>
        <translation>Minilotes: en cada época se barajan las filas (Fisher-Yates con el generador) y luego se toman en ese orden.</translation>
    </message>
    <message>
        <source>An epoch&apos;s loss is the mean of its batches&apos; losses, weighted by their sizes, as Neurona reports it.</source>
        <translation>La pérdida de una época es la media de las pérdidas de sus lotes, ponderada por sus tamaños, como la informa Neurona.</translation>
    </message>
    <message>
        <source>A loss or a value that is no longer a finite number ends the run there, as in Neurona (diverged).</source>
        <translation>Una pérdida o un valor que deja de ser un número finito termina la ejecución ahí, como en Neurona (divergió).</translation>
    </message>
    <message>
        <source>The validation loss: the forward pass in inference mode on the validation rows.</source>
        <translation>La pérdida de validación: la propagación hacia delante en modo de inferencia sobre las filas de validación.</translation>
    </message>
    <message>
        <source>Early stopping: stop when the validation loss (the training loss without validation rows) has not improved by min_delta for patience epochs.</source>
        <translation>Parada temprana: se detiene cuando la pérdida de validación (la de entrenamiento si no hay filas de validación) no ha mejorado en min_delta durante patience épocas.</translation>
    </message>
    <message>
        <source>The command line: --epochs N trains N epochs (default: the project&apos;s), --history FILE also writes the lines to FILE.</source>
        <translation>La línea de órdenes: --epochs N entrena N épocas (por defecto, las del proyecto), --history FILE además escribe las líneas en FILE.</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>Save Code</source>
        <translation>Guardar código</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Script de Python (*.py)</translation>
    </message>
    <message>
        <source>Cannot Save Code</source>
        <translation>No se puede guardar el código</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the whole code to the clipboard</source>
        <translation>Copiar todo el código al portapapeles</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>Save as .py…</source>
        <translation>Guardar como .py…</translation>
    </message>
    <message>
        <source>Save the code as a Python script that trains the network with NumPy</source>
        <translation>Guardar el código como un script de Python que entrena la red con NumPy</translation>
    </message>
    <message>
        <source>Save the code as a Python file</source>
        <translation>Guardar el código como archivo de Python</translation>
    </message>
    <message>
        <source>Training code in Python with NumPy</source>
        <translation>Código de entrenamiento en Python con NumPy</translation>
    </message>
    <message>
        <source>Why the code cannot be written</source>
        <translation>Por qué no se puede escribir el código</translation>
    </message>
</context>
<context>
    <name>ConceptLibrary</name>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>Funciones de activación</translation>
    </message>
    <message>
        <source>Loss functions</source>
        <translation>Funciones de pérdida</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>Optimizadores</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Linear (identity)</source>
        <translation>Lineal (identidad)</translation>
    </message>
    <message>
        <source>The neuron passes on its weighted sum unchanged.</source>
        <translation>La neurona transmite su suma ponderada sin cambiarla.</translation>
    </message>
    <message>
        <source>In the output layer of a regression, where the answer can be any real number.</source>
        <translation>En la capa de salida de una regresión, cuando la respuesta puede ser cualquier número real.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Nothing is squashed: the output can take any value.&lt;/li&gt;&lt;li&gt;Its gradient is always 1, so it never slows learning down.&lt;/li&gt;</source>
        <translation>&lt;li&gt;No aplasta nada: la salida puede tomar cualquier valor.&lt;/li&gt;&lt;li&gt;Su gradiente vale siempre 1, así que nunca frena el aprendizaje.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Layers that are all linear add up to a single linear function: extra hidden layers learn nothing new, and a linear network cannot solve XOR.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Varias capas lineales seguidas equivalen a una sola función lineal: las capas ocultas de más no aprenden nada nuevo, y una red lineal no puede resolver el XOR.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Sigmoid (logistic)</source>
        <translation>Sigmoide (logística)</translation>
    </message>
    <message>
        <source>Squashes any number into the interval (0, 1), so the output can be read as a probability.</source>
        <translation>Comprime cualquier número en el intervalo (0, 1), de modo que la salida se puede leer como una probabilidad.</translation>
    </message>
    <message>
        <source>σ′(z) = σ(z) · (1 − σ(z)), at most 0.25 (at z = 0)</source>
        <translation>σ′(z) = σ(z) · (1 − σ(z)), como mucho 0,25 (en z = 0)</translation>
    </message>
    <message>
        <source>In the output layer of a binary classification, together with the binary cross-entropy loss. Avoid it in hidden layers of deep networks.</source>
        <translation>En la capa de salida de una clasificación binaria, junto con la pérdida de entropía cruzada binaria. Evítala en las capas ocultas de las redes profundas.</translation>
    </message>
    <message>
        <source>&lt;li&gt;The output is a probability between 0 and 1.&lt;/li&gt;&lt;li&gt;Smooth, with a simple derivative.&lt;/li&gt;</source>
        <translation>&lt;li&gt;La salida es una probabilidad entre 0 y 1.&lt;/li&gt;&lt;li&gt;Es suave y su derivada es sencilla.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;It saturates: for large |z| the curve is flat and the derivative is almost 0, so the gradient vanishes in deep networks.&lt;/li&gt;&lt;li&gt;Its output is not centred on 0, which slows learning in hidden layers.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Se satura: cuando |z| es grande la curva es plana y la derivada casi 0, así que el gradiente se desvanece en las redes profundas.&lt;/li&gt;&lt;li&gt;Su salida no está centrada en 0, lo que frena el aprendizaje en las capas ocultas.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Hyperbolic tangent (tanh)</source>
        <translation>Tangente hiperbólica (tanh)</translation>
    </message>
    <message>
        <source>An S-shaped curve like the sigmoid, but from −1 to 1 and centred on 0.</source>
        <translation>Una curva en forma de S como la sigmoide, pero entre −1 y 1 y centrada en 0.</translation>
    </message>
    <message>
        <source>In the hidden layers of small networks such as the ones in this app; it often learns the 2D examples faster than the sigmoid.</source>
        <translation>En las capas ocultas de redes pequeñas como las de esta aplicación; con los ejemplos en 2D suele aprender más deprisa que la sigmoide.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Centred on 0: the next layer receives positive and negative values.&lt;/li&gt;&lt;li&gt;Its derivative reaches 1 at z = 0, four times the sigmoid&apos;s.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Está centrada en 0: la capa siguiente recibe valores positivos y negativos.&lt;/li&gt;&lt;li&gt;Su derivada llega a 1 en z = 0, cuatro veces la de la sigmoide.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;It also saturates for large |z|, so gradients can vanish in deep networks.&lt;/li&gt;</source>
        <translation>&lt;li&gt;También se satura cuando |z| es grande, así que los gradientes pueden desvanecerse en las redes profundas.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>ReLU (rectified linear unit)</source>
        <translation>ReLU (unidad lineal rectificada)</translation>
    </message>
    <message>
        <source>Lets positive values through and turns negative values into 0.</source>
        <translation>Deja pasar los valores positivos y convierte los negativos en 0.</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &amp;gt; 0, and 0 if z &amp;lt; 0</source>
        <translation>f′(z) = 1 si z &amp;gt; 0, y 0 si z &amp;lt; 0</translation>
    </message>
    <message>
        <source>The usual first choice for hidden layers, with He initialisation.</source>
        <translation>La primera opción habitual para las capas ocultas, con la inicialización de He.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Very cheap to compute.&lt;/li&gt;&lt;li&gt;It does not saturate for positive z, so deep networks keep learning.&lt;/li&gt;&lt;li&gt;Many neurons output exactly 0, which gives simple, sparse representations.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es muy barata de calcular.&lt;/li&gt;&lt;li&gt;No se satura para z positivos, así que las redes profundas siguen aprendiendo.&lt;/li&gt;&lt;li&gt;Muchas neuronas dan exactamente 0, lo que produce representaciones sencillas y dispersas.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;“Dead” neurons: if z is negative for every example, the gradient is 0 and the neuron never learns again. A learning rate that is too high makes this more likely.&lt;/li&gt;&lt;li&gt;It has a corner at 0, so the boundaries it draws are made of straight pieces.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Neuronas «muertas»: si z es negativo para todos los ejemplos, el gradiente es 0 y la neurona ya no vuelve a aprender. Una tasa de aprendizaje demasiado alta lo hace más probable.&lt;/li&gt;&lt;li&gt;Tiene un pico en 0, así que las fronteras que dibuja están hechas de tramos rectos.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values keep a small slope α instead of becoming 0.</source>
        <translation>Como ReLU, pero los valores negativos conservan una pequeña pendiente α en lugar de convertirse en 0.</translation>
    </message>
    <message>
        <source>f(z) = z if z &amp;gt; 0, and α·z otherwise (α = 0.01 unless you change it)</source>
        <translation>f(z) = z si z &amp;gt; 0, y α·z en otro caso (α = 0,01 si no lo cambias)</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &amp;gt; 0, and α otherwise</source>
        <translation>f′(z) = 1 si z &amp;gt; 0, y α en otro caso</translation>
    </message>
    <message>
        <source>In hidden layers, when you see many dead ReLU neurons.</source>
        <translation>En las capas ocultas, cuando veas muchas neuronas ReLU muertas.</translation>
    </message>
    <message>
        <source>&lt;li&gt;No dead neurons: some gradient always flows.&lt;/li&gt;&lt;li&gt;As cheap as ReLU.&lt;/li&gt;</source>
        <translation>&lt;li&gt;No hay neuronas muertas: siempre pasa algo de gradiente.&lt;/li&gt;&lt;li&gt;Es tan barata como ReLU.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;One more setting (α) to choose.&lt;/li&gt;&lt;li&gt;With a very small α it behaves almost like ReLU.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Hay un ajuste más (α) que elegir.&lt;/li&gt;&lt;li&gt;Con un α muy pequeño se comporta casi como ReLU.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>ELU (exponential linear unit)</source>
        <translation>ELU (unidad lineal exponencial)</translation>
    </message>
    <message>
        <source>Like ReLU for positive values; for negative values it curves smoothly towards −α.</source>
        <translation>Como ReLU para los valores positivos; para los negativos se curva suavemente hacia −α.</translation>
    </message>
    <message>
        <source>f(z) = z if z &amp;gt; 0, and α·(e&lt;sup&gt;z&lt;/sup&gt; − 1) otherwise (α = 1)</source>
        <translation>f(z) = z si z &amp;gt; 0, y α·(e&lt;sup&gt;z&lt;/sup&gt; − 1) en otro caso (α = 1)</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &amp;gt; 0, and f(z) + α otherwise</source>
        <translation>f′(z) = 1 si z &amp;gt; 0, y f(z) + α en otro caso</translation>
    </message>
    <message>
        <source>In hidden layers, as a smooth alternative to ReLU.</source>
        <translation>En las capas ocultas, como alternativa suave a ReLU.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth for negative values, and no dead neurons.&lt;/li&gt;&lt;li&gt;Its outputs have a mean closer to 0, which can speed up learning.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es suave para los valores negativos y no tiene neuronas muertas.&lt;/li&gt;&lt;li&gt;Sus salidas tienen una media más cercana a 0, lo que puede acelerar el aprendizaje.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The exponential costs more to compute than ReLU.&lt;/li&gt;</source>
        <translation>&lt;li&gt;La exponencial cuesta más de calcular que ReLU.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>SELU (scaled ELU)</source>
        <translation>SELU (ELU escalada)</translation>
    </message>
    <message>
        <source>An ELU multiplied by fixed constants chosen so that, layer after layer, the outputs keep a mean of 0 and a variance of 1 (“self-normalising” networks).</source>
        <translation>Una ELU multiplicada por unas constantes fijas, elegidas para que, capa tras capa, las salidas mantengan media 0 y varianza 1 (redes «autonormalizadas»).</translation>
    </message>
    <message>
        <source>f(z) = λ·z if z &amp;gt; 0, and λ·α·(e&lt;sup&gt;z&lt;/sup&gt; − 1) otherwise, with λ ≈ 1.0507 and α ≈ 1.6733</source>
        <translation>f(z) = λ·z si z &amp;gt; 0, y λ·α·(e&lt;sup&gt;z&lt;/sup&gt; − 1) en otro caso, con λ ≈ 1,0507 y α ≈ 1,6733</translation>
    </message>
    <message>
        <source>f′(z) = λ if z &amp;gt; 0, and f(z) + λ·α otherwise</source>
        <translation>f′(z) = λ si z &amp;gt; 0, y f(z) + λ·α en otro caso</translation>
    </message>
    <message>
        <source>In deep stacks of dense layers, with LeCun normal initialisation and standardised inputs.</source>
        <translation>En pilas profundas de capas densas, con la inicialización normal de LeCun y las entradas estandarizadas.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Deep dense networks train without batch normalisation.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Las redes densas profundas se entrenan sin normalización por lotes.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Its guarantee only holds with the right initialisation and inputs; ordinary dropout and batch normalisation break it.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Su garantía solo se cumple con la inicialización y las entradas adecuadas; el dropout normal y la normalización por lotes la rompen.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>GELU (Gaussian error linear unit)</source>
        <translation>GELU (unidad lineal de error gaussiano)</translation>
    </message>
    <message>
        <source>Multiplies z by the probability that a standard normal variable is smaller than z: a smooth version of ReLU with a small dip below 0.</source>
        <translation>Multiplica z por la probabilidad de que una variable normal estándar sea menor que z: una versión suave de ReLU con una pequeña bajada por debajo de 0.</translation>
    </message>
    <message>
        <source>f(z) = z·Φ(z), where Φ is the cumulative distribution function of the standard normal</source>
        <translation>f(z) = z·Φ(z), donde Φ es la función de distribución de la normal estándar</translation>
    </message>
    <message>
        <source>f′(z) = Φ(z) + z·φ(z), where φ is the standard normal density</source>
        <translation>f′(z) = Φ(z) + z·φ(z), donde φ es la densidad de la normal estándar</translation>
    </message>
    <message>
        <source>The activation of Transformer models (BERT, GPT); in small networks it behaves much like ReLU.</source>
        <translation>La activación de los modelos Transformer (BERT, GPT); en redes pequeñas se comporta casi como ReLU.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth everywhere, which gives rounder decision boundaries.&lt;/li&gt;&lt;li&gt;Often slightly better than ReLU in large models.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es suave en todas partes, lo que da fronteras de decisión más redondeadas.&lt;/li&gt;&lt;li&gt;En modelos grandes suele funcionar algo mejor que ReLU.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;More expensive to compute.&lt;/li&gt;&lt;li&gt;Harder to explain than ReLU.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es más costosa de calcular.&lt;/li&gt;&lt;li&gt;Es más difícil de explicar que ReLU.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Swish (SiLU)</source>
        <translation>Swish (SiLU)</translation>
    </message>
    <message>
        <source>Multiplies z by its own sigmoid: another smooth version of ReLU.</source>
        <translation>Multiplica z por su propia sigmoide: otra versión suave de ReLU.</translation>
    </message>
    <message>
        <source>In hidden layers of deep networks, as an alternative to ReLU.</source>
        <translation>En las capas ocultas de redes profundas, como alternativa a ReLU.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth and without dead neurons.&lt;/li&gt;&lt;li&gt;Often matches or beats ReLU in deep networks.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es suave y no tiene neuronas muertas.&lt;/li&gt;&lt;li&gt;En redes profundas suele igualar o superar a ReLU.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;More expensive to compute than ReLU.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es más costosa de calcular que ReLU.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>A smooth ReLU: always positive, close to 0 for negative z and close to z for positive z.</source>
        <translation>Una ReLU suave: siempre positiva, cercana a 0 para z negativos y cercana a z para z positivos.</translation>
    </message>
    <message>
        <source>When an output must be positive (a price, a standard deviation), or as a smooth ReLU.</source>
        <translation>Cuando una salida tiene que ser positiva (un precio, una desviación típica), o como ReLU suave.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth everywhere; its derivative is the sigmoid.&lt;/li&gt;&lt;li&gt;The output is always positive.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es suave en todas partes; su derivada es la sigmoide.&lt;/li&gt;&lt;li&gt;La salida siempre es positiva.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;It never outputs exactly 0, and it is slower to compute than ReLU.&lt;/li&gt;&lt;li&gt;For very negative z its gradient almost vanishes.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Nunca da exactamente 0, y es más lenta de calcular que ReLU.&lt;/li&gt;&lt;li&gt;Para z muy negativos su gradiente casi desaparece.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Turns the K outputs of the last layer into K probabilities that add up to 1. The plot shows the first output for the two inputs (z, 0), which is exactly the sigmoid.</source>
        <translation>Convierte las K salidas de la última capa en K probabilidades que suman 1. La gráfica muestra la primera salida para las dos entradas (z, 0), que es exactamente la sigmoide.</translation>
    </message>
    <message>
        <source>softmax(z)&lt;sub&gt;k&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation>softmax(z)&lt;sub&gt;k&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>∂a&lt;sub&gt;k&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = a&lt;sub&gt;k&lt;/sub&gt;·(δ&lt;sub&gt;kj&lt;/sub&gt; − a&lt;sub&gt;j&lt;/sub&gt;), where δ&lt;sub&gt;kj&lt;/sub&gt; is 1 when k = j and 0 otherwise</source>
        <translation>∂a&lt;sub&gt;k&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = a&lt;sub&gt;k&lt;/sub&gt;·(δ&lt;sub&gt;kj&lt;/sub&gt; − a&lt;sub&gt;j&lt;/sub&gt;), donde δ&lt;sub&gt;kj&lt;/sub&gt; vale 1 si k = j y 0 en otro caso</translation>
    </message>
    <message>
        <source>Only in the output layer of a classification with three or more classes, together with the categorical cross-entropy loss.</source>
        <translation>Solo en la capa de salida de una clasificación con tres o más clases, junto con la pérdida de entropía cruzada categórica.</translation>
    </message>
    <message>
        <source>&lt;li&gt;It gives one probability per class, and the largest one is the prediction.&lt;/li&gt;&lt;li&gt;With cross-entropy its gradient is simply p − y.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Da una probabilidad para cada clase, y la mayor es la predicción.&lt;/li&gt;&lt;li&gt;Con la entropía cruzada, su gradiente es simplemente p − y.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;It makes no sense in a hidden layer.&lt;/li&gt;&lt;li&gt;Each output depends on all the others, so it is not element-wise.&lt;/li&gt;</source>
        <translation>&lt;li&gt;No tiene sentido en una capa oculta.&lt;/li&gt;&lt;li&gt;Cada salida depende de todas las demás, así que no actúa elemento a elemento.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Here n is the number of values, ŷ the prediction and y the target.</source>
        <translation>Aquí n es el número de valores, ŷ la predicción e y el valor objetivo.</translation>
    </message>
    <message>
        <source>Mean squared error (MSE)</source>
        <translation>Error cuadrático medio (MSE)</translation>
    </message>
    <message>
        <source>The average of the squared differences between prediction and target.</source>
        <translation>La media de los cuadrados de las diferencias entre la predicción y el valor objetivo.</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarla</translation>
    </message>
    <message>
        <source>Regression with a linear output layer.</source>
        <translation>Regresión con una capa de salida lineal.</translation>
    </message>
    <message>
        <source>Advantages</source>
        <translation>Ventajas</translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth, with a gradient proportional to the error: large errors are corrected fastest.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es suave y su gradiente es proporcional al error: los errores grandes se corrigen antes.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Drawbacks</source>
        <translation>Inconvenientes</translation>
    </message>
    <message>
        <source>&lt;li&gt;Squaring makes it very sensitive to outliers.&lt;/li&gt;&lt;li&gt;It is measured in squared units of the target.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Al elevar al cuadrado, es muy sensible a los valores atípicos.&lt;/li&gt;&lt;li&gt;Se mide en las unidades del objetivo al cuadrado.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Mean absolute error (MAE)</source>
        <translation>Error absoluto medio (MAE)</translation>
    </message>
    <message>
        <source>The average of the absolute differences between prediction and target.</source>
        <translation>La media de los valores absolutos de las diferencias entre la predicción y el valor objetivo.</translation>
    </message>
    <message>
        <source>Regression when the data have outliers.</source>
        <translation>Regresión cuando los datos tienen valores atípicos.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Robust to outliers.&lt;/li&gt;&lt;li&gt;Measured in the same units as the target.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es robusta frente a los valores atípicos.&lt;/li&gt;&lt;li&gt;Se mide en las mismas unidades que el objetivo.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The gradient has the same size however small the error is, so training can wobble around the minimum.&lt;/li&gt;</source>
        <translation>&lt;li&gt;El gradiente tiene el mismo tamaño por pequeño que sea el error, así que el entrenamiento puede oscilar alrededor del mínimo.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Huber loss</source>
        <translation>Pérdida de Huber</translation>
    </message>
    <message>
        <source>Squared error for small errors and absolute error for large ones: the best of MSE and MAE.</source>
        <translation>Error cuadrático para los errores pequeños y error absoluto para los grandes: lo mejor del MSE y del MAE.</translation>
    </message>
    <message>
        <source>ℓ(d) = ½·d² if |d| ≤ δ, and δ·(|d| − ½·δ) otherwise; d = ŷ − y, δ = 1</source>
        <translation>ℓ(d) = ½·d² si |d| ≤ δ, y δ·(|d| − ½·δ) en otro caso; d = ŷ − y, δ = 1</translation>
    </message>
    <message>
        <source>Regression with a few outliers.</source>
        <translation>Regresión con algunos valores atípicos.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth near the minimum like MSE, robust to outliers like MAE.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es suave cerca del mínimo, como el MSE, y robusta frente a los valores atípicos, como el MAE.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The threshold δ depends on the scale of the target.&lt;/li&gt;</source>
        <translation>&lt;li&gt;El umbral δ depende de la escala del objetivo.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Binary cross-entropy (BCE)</source>
        <translation>Entropía cruzada binaria (BCE)</translation>
    </message>
    <message>
        <source>Measures how surprised the network is by the true class when it predicts the probability p = σ(z) for class 1.</source>
        <translation>Mide cuánto le sorprende a la red la clase verdadera cuando predice la probabilidad p = σ(z) para la clase 1.</translation>
    </message>
    <message>
        <source>Neurona computes it directly from z, which never overflows; its gradient with respect to z is simply p − y.</source>
        <translation>Neurona la calcula directamente a partir de z, de modo que nunca se desborda; su gradiente respecto a z es simplemente p − y.</translation>
    </message>
    <message>
        <source>Two classes, with one output neuron and a sigmoid activation.</source>
        <translation>Dos clases, con una sola neurona de salida y activación sigmoide.</translation>
    </message>
    <message>
        <source>&lt;li&gt;A confident wrong answer costs a lot, so the network learns quickly from its mistakes.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Una respuesta equivocada dada con mucha seguridad cuesta mucho, así que la red aprende deprisa de sus errores.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;It needs a sigmoid output and labels 0 and 1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Necesita una salida sigmoide y etiquetas 0 y 1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Categorical cross-entropy (CCE)</source>
        <translation>Entropía cruzada categórica (CCE)</translation>
    </message>
    <message>
        <source>Cross-entropy for K classes: it looks at the probability the softmax gives to the true class.</source>
        <translation>La entropía cruzada para K clases: se fija en la probabilidad que la softmax da a la clase verdadera.</translation>
    </message>
    <message>
        <source>y&lt;sub&gt;ik&lt;/sub&gt; is 1 for the true class of example i and 0 for the others (one-hot). With a softmax output the gradient is p − y.</source>
        <translation>y&lt;sub&gt;ik&lt;/sub&gt; vale 1 para la clase verdadera del ejemplo i y 0 para las demás (codificación one-hot). Con una salida softmax, el gradiente es p − y.</translation>
    </message>
    <message>
        <source>Three or more classes, with one output neuron per class and softmax.</source>
        <translation>Tres o más clases, con una neurona de salida por clase y softmax.</translation>
    </message>
    <message>
        <source>&lt;li&gt;It gives a probability for every class.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Da una probabilidad para cada clase.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;It needs a softmax output with as many neurons as classes.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Necesita una salida softmax con tantas neuronas como clases.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>θ: a weight or bias; g: its gradient ∂L/∂θ; η: the learning rate; t: the step number; λ: the weight decay. All operations are element-wise.</source>
        <translation>θ: un peso o un sesgo; g: su gradiente ∂L/∂θ; η: la tasa de aprendizaje; t: el número de paso; λ: el decaimiento de pesos. Todas las operaciones se hacen elemento a elemento.</translation>
    </message>
    <message>
        <source>Update rule (as in PyTorch)</source>
        <translation>Regla de actualización (como en PyTorch)</translation>
    </message>
    <message>
        <source>SGD (stochastic gradient descent)</source>
        <translation>SGD (descenso del gradiente estocástico)</translation>
    </message>
    <message>
        <source>The basic step of gradient descent: move each parameter a little against its gradient. “Stochastic” because the gradient comes from one mini-batch, not from all the data.</source>
        <translation>El paso básico del descenso del gradiente: mover cada parámetro un poco en contra de su gradiente. Es «estocástico» porque el gradiente sale de un minilote, no de todos los datos.</translation>
    </message>
    <message>
        <source>With momentum μ the steps build up speed in a consistent direction, like a ball rolling downhill:</source>
        <translation>Con un momento μ, los pasos van cogiendo velocidad en una dirección constante, como una bola que rueda cuesta abajo:</translation>
    </message>
    <message>
        <source>Nesterov momentum looks one step ahead:</source>
        <translation>El momento de Nesterov mira un paso por delante:</translation>
    </message>
    <message>
        <source>With weight decay, g is replaced by g + λ·θ first.</source>
        <translation>Con decaimiento de pesos, primero se sustituye g por g + λ·θ.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Simple and easy to understand.&lt;/li&gt;&lt;li&gt;With momentum and a well-chosen learning rate it often generalises very well.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es sencillo y fácil de entender.&lt;/li&gt;&lt;li&gt;Con momento y una tasa de aprendizaje bien elegida suele generalizar muy bien.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Very sensitive to the learning rate.&lt;/li&gt;&lt;li&gt;Without momentum it is slow in long, narrow valleys.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es muy sensible a la tasa de aprendizaje.&lt;/li&gt;&lt;li&gt;Sin momento es lento en valles largos y estrechos.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Keeps a running mean of the gradient (the momentum) and of its square, and gives each parameter its own step size.</source>
        <translation>Lleva una media móvil del gradiente (el momento) y otra de su cuadrado, y da a cada parámetro su propio tamaño de paso.</translation>
    </message>
    <message>
        <source>Defaults: η = 0.001, β&lt;sub&gt;1&lt;/sub&gt; = 0.9, β&lt;sub&gt;2&lt;/sub&gt; = 0.999, ε = 10&lt;sup&gt;−8&lt;/sup&gt;. The division by 1 − β&lt;sup&gt;t&lt;/sup&gt; corrects the start, when m and v are still near 0. Weight decay adds λ·θ to g.</source>
        <translation>Valores por defecto: η = 0,001; β&lt;sub&gt;1&lt;/sub&gt; = 0,9; β&lt;sub&gt;2&lt;/sub&gt; = 0,999; ε = 10&lt;sup&gt;−8&lt;/sup&gt;. La división entre 1 − β&lt;sup&gt;t&lt;/sup&gt; corrige el arranque, cuando m y v todavía están cerca de 0. El decaimiento de pesos suma λ·θ a g.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Works well with its default settings on most problems.&lt;/li&gt;&lt;li&gt;Copes with gradients of very different sizes.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Funciona bien con sus valores por defecto en la mayoría de los problemas.&lt;/li&gt;&lt;li&gt;Se adapta a gradientes de tamaños muy distintos.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Keeps two extra values per parameter.&lt;/li&gt;&lt;li&gt;Its weight decay is not true L2 shrinkage; use AdamW for that.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Guarda dos valores más por parámetro.&lt;/li&gt;&lt;li&gt;Su decaimiento de pesos no es una verdadera reducción L2; para eso, usa AdamW.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>Adam with decoupled weight decay: the weights shrink directly, separately from the adaptive step.</source>
        <translation>Adam con decaimiento de pesos desacoplado: los pesos se reducen directamente, aparte del paso adaptativo.</translation>
    </message>
    <message>
        <source>then the same step as Adam:</source>
        <translation>y después, el mismo paso que Adam:</translation>
    </message>
    <message>
        <source>Default weight decay λ = 0.01.</source>
        <translation>Decaimiento de pesos por defecto: λ = 0,01.</translation>
    </message>
    <message>
        <source>&lt;li&gt;The weight decay really regularises, whatever the size of the gradients.&lt;/li&gt;</source>
        <translation>&lt;li&gt;El decaimiento de pesos regulariza de verdad, sea cual sea el tamaño de los gradientes.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;One more setting (λ) to tune.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Hay un ajuste más (λ) que afinar.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Divides each step by a running average of the recent squared gradients, so parameters with large gradients take smaller steps.</source>
        <translation>Divide cada paso entre una media móvil de los cuadrados de los gradientes recientes, de modo que los parámetros con gradientes grandes dan pasos más pequeños.</translation>
    </message>
    <message>
        <source>Defaults: η = 0.01, α = 0.99, ε = 10&lt;sup&gt;−8&lt;/sup&gt;. With momentum μ: b ← μ·b + g / (√v + ε) and θ ← θ − η·b. The centred variant uses v minus the square of the mean gradient.</source>
        <translation>Valores por defecto: η = 0,01; α = 0,99; ε = 10&lt;sup&gt;−8&lt;/sup&gt;. Con un momento μ: b ← μ·b + g / (√v + ε) y θ ← θ − η·b. La variante centrada usa v menos el cuadrado del gradiente medio.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Adapts the step of each parameter; robust on noisy problems.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Adapta el paso de cada parámetro; es robusto en problemas con ruido.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;No correction of the start, unlike Adam.&lt;/li&gt;</source>
        <translation>&lt;li&gt;No corrige el arranque, a diferencia de Adam.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>Adds up all past squared gradients: parameters that have changed a lot take ever smaller steps.</source>
        <translation>Suma todos los cuadrados de los gradientes anteriores: los parámetros que ya han cambiado mucho dan pasos cada vez más pequeños.</translation>
    </message>
    <message>
        <source>Defaults: η = 0.01, ε = 10&lt;sup&gt;−10&lt;/sup&gt;. With learning-rate decay d, η is divided by 1 + (t − 1)·d.</source>
        <translation>Valores por defecto: η = 0,01; ε = 10&lt;sup&gt;−10&lt;/sup&gt;. Con un decaimiento de la tasa de aprendizaje d, η se divide entre 1 + (t − 1)·d.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Little tuning; good when some inputs are rare.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Hay poco que ajustar; va bien cuando algunas entradas son poco frecuentes.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The sum only grows, so the steps shrink until learning stops.&lt;/li&gt;</source>
        <translation>&lt;li&gt;La suma solo crece, así que los pasos se encogen hasta que el aprendizaje se detiene.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>L1 regularisation</source>
        <translation>Regularización L1</translation>
    </message>
    <message>
        <source>Adds to the loss the sum of the absolute values of the weights, so that the network prefers small weights and sets the useless ones to exactly 0.</source>
        <translation>Suma a la pérdida los valores absolutos de los pesos, de modo que la red prefiere pesos pequeños y deja exactamente en 0 los que no sirven.</translation>
    </message>
    <message>
        <source>Each step pushes every weight towards 0 by the same amount η·λ·sign(w). Biases are not penalised.</source>
        <translation>Cada paso acerca todos los pesos a 0 en la misma cantidad, η·λ·signo(w). Los sesgos no se penalizan.</translation>
    </message>
    <message>
        <source>Against overfitting, when you suspect that only a few inputs matter.</source>
        <translation>Contra el sobreajuste, cuando sospechas que solo importan unas pocas entradas.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Sparse networks: many weights become 0.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Redes dispersas: muchos pesos se quedan en 0.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Too large a λ sets every weight to 0 (underfitting).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Un λ demasiado grande deja todos los pesos en 0 (subajuste).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>L2 regularisation (weight decay)</source>
        <translation>Regularización L2 (decaimiento de pesos)</translation>
    </message>
    <message>
        <source>Adds to the loss the sum of the squared weights, so that large weights are expensive and the decision boundary becomes smoother.</source>
        <translation>Suma a la pérdida los cuadrados de los pesos, de modo que los pesos grandes salen caros y la frontera de decisión se vuelve más suave.</translation>
    </message>
    <message>
        <source>Its gradient 2·λ·w shrinks each weight in proportion to its size. Biases are not penalised.</source>
        <translation>Su gradiente, 2·λ·w, reduce cada peso en proporción a su tamaño. Los sesgos no se penalizan.</translation>
    </message>
    <message>
        <source>The usual first remedy for overfitting.</source>
        <translation>El primer remedio habitual contra el sobreajuste.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Smoother boundaries that generalise better.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Fronteras más suaves, que generalizan mejor.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Too large a λ makes the model too simple (underfitting).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Un λ demasiado grande hace el modelo demasiado simple (subajuste).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Dense layer</source>
        <translation>Capa densa</translation>
    </message>
    <message>
        <source>Every neuron of the layer receives every output of the previous layer. Each neuron multiplies its inputs by its weights, adds its bias and applies the activation function.</source>
        <translation>Cada neurona de la capa recibe todas las salidas de la capa anterior. Cada neurona multiplica sus entradas por sus pesos, suma su sesgo y aplica la función de activación.</translation>
    </message>
    <message>
        <source>x: the inputs; W: the weights (one column per neuron); b: the biases; f: the activation function.</source>
        <translation>x: las entradas; W: los pesos (una columna por neurona); b: los sesgos; f: la función de activación.</translation>
    </message>
    <message>
        <source>It is the building block of every network in this app. More neurons draw more complex boundaries; more layers combine simple shapes into complex ones.</source>
        <translation>Es la pieza con la que se construyen todas las redes de esta aplicación. Más neuronas dibujan fronteras más complejas; más capas combinan formas sencillas para obtener otras complejas.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>During training, switches off each neuron of the previous layer at random with probability p (the rate), so that the network cannot rely on any single neuron.</source>
        <translation>Durante el entrenamiento, apaga al azar cada neurona de la capa anterior con probabilidad p (la tasa), para que la red no pueda depender de ninguna neurona en concreto.</translation>
    </message>
    <message>
        <source>a = x·m / (1 − p), where each m is 1 with probability 1 − p and 0 otherwise</source>
        <translation>a = x·m / (1 − p), donde cada m vale 1 con probabilidad 1 − p y 0 en otro caso</translation>
    </message>
    <message>
        <source>Dividing by 1 − p keeps the average the same, so at prediction time the layer does nothing.</source>
        <translation>Al dividir entre 1 − p, la media no cambia, así que a la hora de predecir la capa no hace nada.</translation>
    </message>
    <message>
        <source>Against overfitting in networks with many neurons; rates from 0.1 to 0.5.</source>
        <translation>Contra el sobreajuste en redes con muchas neuronas; tasas entre 0,1 y 0,5.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Acts like training many thinner networks and averaging them.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es como entrenar muchas redes más delgadas y promediarlas.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Training is noisier and needs more epochs.&lt;/li&gt;&lt;li&gt;Pointless in very small networks, which already underfit.&lt;/li&gt;</source>
        <translation>&lt;li&gt;El entrenamiento tiene más ruido y necesita más épocas.&lt;/li&gt;&lt;li&gt;No sirve de nada en redes muy pequeñas, que ya sufren subajuste.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Normalización por lotes</translation>
    </message>
    <message>
        <source>Standardises each input of the layer over the mini-batch (mean 0, variance 1) and then lets the network choose its own scale γ and shift β.</source>
        <translation>Estandariza cada entrada de la capa sobre el minilote (media 0, varianza 1) y después deja que la red elija su propia escala γ y su propio desplazamiento β.</translation>
    </message>
    <message>
        <source>μ&lt;sub&gt;B&lt;/sub&gt; and σ²&lt;sub&gt;B&lt;/sub&gt; are the mean and variance of the mini-batch. For predictions it uses running averages collected during training.</source>
        <translation>μ&lt;sub&gt;B&lt;/sub&gt; y σ²&lt;sub&gt;B&lt;/sub&gt; son la media y la varianza del minilote. Para predecir usa medias móviles recogidas durante el entrenamiento.</translation>
    </message>
    <message>
        <source>Between a dense layer and the next one in deeper networks that learn slowly.</source>
        <translation>Entre una capa densa y la siguiente, en redes más profundas que aprenden despacio.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Allows higher learning rates and faster training.&lt;/li&gt;&lt;li&gt;Reduces vanishing and exploding gradients.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Permite tasas de aprendizaje más altas y un entrenamiento más rápido.&lt;/li&gt;&lt;li&gt;Reduce el desvanecimiento y la explosión del gradiente.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;It behaves differently in training and in prediction.&lt;/li&gt;&lt;li&gt;Very small batches give noisy statistics.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Se comporta de forma distinta al entrenar y al predecir.&lt;/li&gt;&lt;li&gt;Con lotes muy pequeños, las estadísticas tienen mucho ruido.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>The training loop</source>
        <translation>El ciclo de entrenamiento</translation>
    </message>
    <message>
        <source>&lt;p&gt;A network learns by repeating four steps for every mini-batch:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Forward pass:&lt;/b&gt; the inputs go through the layers, one after another, to produce a prediction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loss:&lt;/b&gt; the loss function measures how far the predictions are from the targets.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backpropagation:&lt;/b&gt; the chain rule carries the error backwards, from the output layer to the first one, and gives the gradient ∂L/∂θ of the loss with respect to every weight and bias.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Update:&lt;/b&gt; the optimizer moves every parameter a little against its gradient, for example θ ← θ − η·∂L/∂θ (gradient descent).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Going once through all the training data is one epoch.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una red aprende repitiendo cuatro pasos con cada minilote:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Propagación hacia delante:&lt;/b&gt; las entradas atraviesan las capas, una tras otra, hasta dar una predicción.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pérdida:&lt;/b&gt; la función de pérdida mide lo lejos que están las predicciones de los valores objetivo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Retropropagación:&lt;/b&gt; la regla de la cadena lleva el error hacia atrás, desde la capa de salida hasta la primera, y da el gradiente ∂L/∂θ de la pérdida respecto a cada peso y cada sesgo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Actualización:&lt;/b&gt; el optimizador mueve cada parámetro un poco en contra de su gradiente, por ejemplo θ ← θ − η·∂L/∂θ (descenso del gradiente).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Recorrer una vez todos los datos de entrenamiento es una época.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>&lt;p&gt;One epoch is one pass through the whole training set. With 200 examples and a batch size of 20, an epoch has 10 steps of the optimizer.&lt;/p&gt;&lt;p&gt;Too few epochs leave the network underfitted; too many can lead to overfitting. Watch the validation loss: when it stops going down, more epochs do not help.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una época es una pasada completa por el conjunto de entrenamiento. Con 200 ejemplos y un tamaño de lote de 20, una época tiene 10 pasos del optimizador.&lt;/p&gt;&lt;p&gt;Con muy pocas épocas la red se queda en subajuste; con demasiadas puede llegar el sobreajuste. Fíjate en la pérdida de validación: cuando deja de bajar, más épocas no ayudan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <source>&lt;p&gt;The number of examples used to compute one gradient and take one step. The training set is shuffled and cut into mini-batches of this size.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Small batches&lt;/b&gt; (1–32): many cheap, noisy steps; the noise can help escape poor solutions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Large batches&lt;/b&gt; (or the whole set): fewer, smoother steps, but each one costs more.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;If you change the batch size a lot, the best learning rate usually changes too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El número de ejemplos que se usan para calcular un gradiente y dar un paso. El conjunto de entrenamiento se baraja y se corta en minilotes de este tamaño.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Lotes pequeños&lt;/b&gt; (de 1 a 32): muchos pasos baratos y con ruido; ese ruido puede ayudar a escapar de soluciones malas.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lotes grandes&lt;/b&gt; (o el conjunto entero): menos pasos y más suaves, pero cada uno cuesta más.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Si cambias mucho el tamaño del lote, lo normal es que también cambie la mejor tasa de aprendizaje.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>&lt;p&gt;The learning rate η sets the size of each step the optimizer takes against the gradient: θ ← θ − η·∂L/∂θ.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Too high:&lt;/b&gt; the loss jumps around or grows (it diverges).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Too low:&lt;/b&gt; the loss goes down very slowly.&lt;/li&gt;&lt;li&gt;&lt;b&gt;About right:&lt;/b&gt; the loss falls quickly at first and then steadily.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Try values 10 times apart (0.1, 0.01, 0.001) and watch the loss curve. It is the most important setting of all.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La tasa de aprendizaje η fija el tamaño de cada paso que da el optimizador en contra del gradiente: θ ← θ − η·∂L/∂θ.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Demasiado alta:&lt;/b&gt; la pérdida da saltos o crece (diverge).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Demasiado baja:&lt;/b&gt; la pérdida baja muy despacio.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adecuada:&lt;/b&gt; la pérdida cae deprisa al principio y después de forma constante.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Prueba valores que se diferencien en un factor 10 (0,1; 0,01; 0,001) y observa la curva de pérdida. Es el ajuste más importante de todos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>Sobreajuste</translation>
    </message>
    <message>
        <source>&lt;p&gt;The network learns the training examples by heart, noise included, instead of the general pattern. It does very well on the training data and worse on new data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to recognise it:&lt;/b&gt; the training loss keeps going down while the validation loss goes up; the decision boundary twists around single points.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; more data, a smaller network, L2 or L1 regularisation, dropout, or stopping earlier.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La red se aprende de memoria los ejemplos de entrenamiento, ruido incluido, en lugar del patrón general. Acierta mucho con los datos de entrenamiento y menos con datos nuevos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cómo reconocerlo:&lt;/b&gt; la pérdida de entrenamiento sigue bajando mientras la de validación sube; la frontera de decisión se retuerce alrededor de puntos sueltos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qué hacer:&lt;/b&gt; más datos, una red más pequeña, regularización L2 o L1, dropout, o detener el entrenamiento antes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Underfitting</source>
        <translation>Subajuste</translation>
    </message>
    <message>
        <source>&lt;p&gt;The model is too simple, or has not trained enough, to capture the pattern in the data. It does badly on the training data and on new data alike.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to recognise it:&lt;/b&gt; both losses stay high; the boundary is too simple, for example a straight line through a spiral.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; more neurons or layers, a non-linear activation, more epochs, a better learning rate, or less regularisation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El modelo es demasiado simple, o no se ha entrenado lo suficiente, para captar el patrón de los datos. Falla tanto con los datos de entrenamiento como con los nuevos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cómo reconocerlo:&lt;/b&gt; las dos pérdidas se quedan altas; la frontera es demasiado simple, por ejemplo una recta que atraviesa una espiral.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qué hacer:&lt;/b&gt; más neuronas o capas, una activación no lineal, más épocas, una tasa de aprendizaje mejor o menos regularización.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>Desvanecimiento del gradiente</translation>
    </message>
    <message>
        <source>&lt;p&gt;Backpropagation multiplies one derivative per layer. When these factors are small (the sigmoid&apos;s is at most 0.25), the product shrinks layer after layer and the first layers barely learn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to recognise it:&lt;/b&gt; the loss hardly moves, and the weights near the input stay as they started.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; ReLU-like activations in hidden layers, a suitable initialisation (He for ReLU, Glorot for tanh), batch normalisation, or fewer layers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La retropropagación multiplica una derivada por cada capa. Cuando esos factores son pequeños (el de la sigmoide es como mucho 0,25), el producto se encoge capa tras capa y las primeras capas apenas aprenden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cómo reconocerlo:&lt;/b&gt; la pérdida apenas se mueve, y los pesos cercanos a la entrada siguen como al principio.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qué hacer:&lt;/b&gt; activaciones de tipo ReLU en las capas ocultas, una inicialización adecuada (He para ReLU, Glorot para tanh), normalización por lotes o menos capas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Exploding gradients</source>
        <translation>Explosión del gradiente</translation>
    </message>
    <message>
        <source>&lt;p&gt;The opposite problem: when the factors of the chain rule are larger than 1, the gradient grows layer after layer, the steps become huge and the weights blow up.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to recognise it:&lt;/b&gt; the loss jumps to very large values or becomes NaN (not a number).&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; a lower learning rate, gradient clipping, a suitable initialisation, batch normalisation, or L2 regularisation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El problema contrario: cuando los factores de la regla de la cadena son mayores que 1, el gradiente crece capa tras capa, los pasos se vuelven enormes y los pesos se disparan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cómo reconocerlo:&lt;/b&gt; la pérdida salta a valores muy grandes o se convierte en NaN (no es un número).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qué hacer:&lt;/b&gt; una tasa de aprendizaje más baja, recorte del gradiente, una inicialización adecuada, normalización por lotes o regularización L2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>Curvas de pérdida</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss after every epoch, on the training examples (solid line) and on the validation examples (dashed line), with the accuracy, or R² for regression, beside it.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Both fall and then level off:&lt;/b&gt; the network is learning.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Both stay high:&lt;/b&gt; underfitting; try a bigger network, another learning rate or more epochs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The training loss falls while the validation loss rises:&lt;/b&gt; overfitting.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The loss jumps up and down or shoots up:&lt;/b&gt; the learning rate is too high.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;On a logarithmic scale each step down the axis is 10 times smaller, so the small improvements of the late epochs stay visible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La pérdida tras cada época, con los ejemplos de entrenamiento (línea continua) y con los de validación (línea discontinua), y a su lado la exactitud, o R² en regresión.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Las dos bajan y luego se estabilizan:&lt;/b&gt; la red está aprendiendo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Las dos siguen altas:&lt;/b&gt; subajuste; prueba una red más grande, otra tasa de aprendizaje o más épocas.&lt;/li&gt;&lt;li&gt;&lt;b&gt;La pérdida de entrenamiento baja mientras la de validación sube:&lt;/b&gt; sobreajuste.&lt;/li&gt;&lt;li&gt;&lt;b&gt;La pérdida da saltos o se dispara:&lt;/b&gt; la tasa de aprendizaje es demasiado alta.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;En escala logarítmica, cada división hacia abajo del eje es 10 veces menor, así que las pequeñas mejoras de las últimas épocas se siguen viendo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontera de decisión</translation>
    </message>
    <message>
        <source>&lt;p&gt;The line where the network&apos;s answer changes from one class to another. To draw it, the network is asked about every point of a grid over the plane, and each point is coloured by the class it predicts; for regression, by the value it predicts.&lt;/p&gt;&lt;p&gt;The strength of the colour shows how sure the network is: pale near the boundary, strong far from it. &lt;b&gt;Discretize&lt;/b&gt; shows only the predicted class.&lt;/p&gt;&lt;p&gt;Without hidden layers a network can only draw a straight boundary; hidden layers with a non-linear activation bend it. A boundary that twists around single points is a sign of overfitting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La línea en la que la respuesta de la red pasa de una clase a otra. Para dibujarla, se consulta a la red en cada punto de una rejilla sobre el plano y cada punto se colorea con la clase que predice; en regresión, con el valor que predice.&lt;/p&gt;&lt;p&gt;La intensidad del color indica lo segura que está la red: pálido cerca de la frontera, intenso lejos de ella. &lt;b&gt;Discretizar&lt;/b&gt; muestra solo la clase predicha.&lt;/p&gt;&lt;p&gt;Sin capas ocultas, una red solo puede dibujar una frontera recta; las capas ocultas con una función de activación no lineal la curvan. Una frontera que se retuerce alrededor de puntos sueltos es señal de sobreajuste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>&lt;p&gt;The examples the network learns from. Here each example is a point with two inputs, x₁ and x₂ (its position), and a target: the class it belongs to (its colour) or, for regression, a number.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Samples:&lt;/b&gt; more examples show the pattern more clearly and make it harder to learn them by heart.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Noise:&lt;/b&gt; moves the points away from the clean pattern; the network should learn the pattern, not the noise.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Seed:&lt;/b&gt; the same seed draws exactly the same points, so a whole class can work with the same data.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Part of the examples can be kept out of training (validation and test) to check how the network does on data it has not seen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los ejemplos de los que aprende la red. Aquí cada ejemplo es un punto con dos entradas, x₁ y x₂ (su posición), y un valor objetivo: la clase a la que pertenece (su color) o, en regresión, un número.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ejemplos:&lt;/b&gt; con más ejemplos el patrón se ve con más claridad y es más difícil aprendérselos de memoria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ruido:&lt;/b&gt; aleja los puntos del patrón limpio; la red debería aprender el patrón, no el ruido.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Semilla:&lt;/b&gt; la misma semilla genera exactamente los mismos puntos, así que todo un grupo puede trabajar con los mismos datos.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Una parte de los ejemplos se puede apartar del entrenamiento (validación y prueba) para comprobar cómo funciona la red con datos que no ha visto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preparing the inputs</source>
        <translation>Preparación de las entradas</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before training, the inputs can be rescaled and extended. Gradient descent works best when all the inputs have similar sizes.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Standardize:&lt;/b&gt; subtracts the mean of each input and divides by its standard deviation, so that it has mean 0 and deviation 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Min–max:&lt;/b&gt; stretches each input to the range from 0 to 1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The scaling is computed on the training examples only and then applied to every point, so the validation and test examples tell the network nothing in advance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Extra inputs&lt;/b&gt; such as x₁², x₁·x₂ or sin(x₁) are computed from the original ones. With x₁² and x₂², even a network without hidden layers can draw a circle.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antes de entrenar, las entradas se pueden reescalar y ampliar. El descenso del gradiente funciona mejor cuando todas las entradas tienen tamaños parecidos.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Estandarizar:&lt;/b&gt; resta a cada entrada su media y la divide entre su desviación típica, para que tenga media 0 y desviación 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mín–máx:&lt;/b&gt; lleva cada entrada al intervalo de 0 a 1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;El escalado se calcula solo con los ejemplos de entrenamiento y después se aplica a todos los puntos, para que los ejemplos de validación y de prueba no le adelanten nada a la red.&lt;/p&gt;&lt;p&gt;Las &lt;b&gt;entradas extra&lt;/b&gt;, como x₁², x₁·x₂ o sin(x₁), se calculan a partir de las originales. Con x₁² y x₂², incluso una red sin capas ocultas puede dibujar un círculo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dead neurons</source>
        <translation>Neuronas muertas</translation>
    </message>
    <message>
        <source>&lt;p&gt;A ReLU neuron whose weighted sum z is negative for every example outputs 0 for all of them. Its gradient is then 0 too, so its weights never change again: the neuron has died, and the layer works with fewer neurons than it has.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to recognise it:&lt;/b&gt; the Training health plots show a large share of a layer&apos;s neurons that never activate; the boundary stops improving.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; leaky ReLU or ELU, which keep a small gradient for negative z; a smaller learning rate; He initialisation; batch normalisation before the activation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una neurona ReLU cuya suma ponderada z es negativa para todos los ejemplos da 0 para todos ellos. Entonces su gradiente también es 0, así que sus pesos ya no cambian nunca: la neurona ha muerto, y la capa trabaja con menos neuronas de las que tiene.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cómo reconocerlo:&lt;/b&gt; las gráficas de Salud del entrenamiento muestran una gran proporción de neuronas de una capa que nunca se activan; la frontera deja de mejorar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qué hacer:&lt;/b&gt; leaky ReLU o ELU, que conservan un gradiente pequeño para z negativa; una tasa de aprendizaje menor; la inicialización He; normalización por lotes antes de la activación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Capa de suma</translation>
    </message>
    <message>
        <source>Joins two or more branches of the network by adding their outputs, neuron by neuron. The branches must have the same number of neurons.</source>
        <translation>Une dos o más ramas de la red sumando sus salidas, neurona a neurona. Las ramas deben tener el mismo número de neuronas.</translation>
    </message>
    <message>
        <source>x₁, x₂, …: the outputs of the layers it reads; f: its activation (linear unless you choose another). It has no weights.</source>
        <translation>x₁, x₂, …: las salidas de las capas que lee; f: su activación (lineal salvo que elijas otra). No tiene pesos.</translation>
    </message>
    <message>
        <source>For skip connections: a block that adds its result to its own input, h + f(h), passes the gradient back unchanged as well as through its layers, so deep networks still learn (residual networks).</source>
        <translation>Para las conexiones directas: un bloque que suma su resultado a su propia entrada, h + f(h), devuelve el gradiente sin cambios además de a través de sus capas, de modo que las redes profundas siguen aprendiendo (redes residuales).</translation>
    </message>
    <message>
        <source>&lt;li&gt;Adding outputs that are always positive, such as sigmoids, makes the sum grow with every block.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Sumar salidas siempre positivas, como las de una sigmoide, hace que la suma crezca con cada bloque.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Concat layer</source>
        <translation>Capa de concatenación</translation>
    </message>
    <message>
        <source>Joins two or more branches by putting their outputs side by side: the next layer sees all of their neurons, in the order of the layer&apos;s inputs.</source>
        <translation>Une dos o más ramas poniendo sus salidas una al lado de otra: la capa siguiente ve todas sus neuronas, en el orden de las entradas de la capa.</translation>
    </message>
    <message>
        <source>Its width is the sum of the widths it reads. It has no weights.</source>
        <translation>Su anchura es la suma de las anchuras que lee. No tiene pesos.</translation>
    </message>
    <message>
        <source>When branches look at the data in different ways (for example a wide shallow branch and a deep narrow one) and a later layer should use both.</source>
        <translation>Cuando las ramas miran los datos de formas distintas (por ejemplo, una rama ancha y poco profunda y otra estrecha y profunda) y una capa posterior debe usar las dos.</translation>
    </message>
    <message>
        <source>Conv2D layer (convolution)</source>
        <translation>Capa Conv2D (convolución)</translation>
    </message>
    <message>
        <source>For pictures. Each filter is a small window of weights (3 × 3, say) that slides over the picture; at every position it multiplies the pixels under it by its weights and adds them up. The result is a feature map: bright where the filter&apos;s pattern (an edge, a corner, a stroke) appears.</source>
        <translation>Para imágenes. Cada filtro es una pequeña ventana de pesos (de 3 × 3, por ejemplo) que se desliza sobre la imagen; en cada posición multiplica los píxeles que tiene debajo por sus pesos y los suma. El resultado es un mapa de características: intenso donde aparece el patrón del filtro (un borde, una esquina, un trazo).</translation>
    </message>
    <message>
        <source>f: the filter; u, v: the position inside the window; c: the input channel; g: the activation. &quot;same&quot; padding adds zeros around the picture so the map keeps its size; &quot;valid&quot; does not, and the map shrinks by the window less one.</source>
        <translation>f: el filtro; u, v: la posición dentro de la ventana; c: el canal de entrada; g: la activación. El relleno «same» añade ceros alrededor de la imagen para que el mapa conserve su tamaño; «valid» no los añade, y el mapa se reduce en el tamaño de la ventana menos uno.</translation>
    </message>
    <message>
        <source>Why it works</source>
        <translation>Por qué funciona</translation>
    </message>
    <message>
        <source>&lt;li&gt;The same weights are used at every position, so a pattern is found wherever it is: a digit moved two pixels is still the same digit.&lt;/li&gt;&lt;li&gt;Far fewer parameters than a Dense layer on the same picture: 8 filters of 3 × 3 have 80, a Dense layer of 8 neurons on 16 × 16 pixels has 2,056.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Los mismos pesos se usan en todas las posiciones, así que un patrón se encuentra esté donde esté: un dígito movido dos píxeles sigue siendo el mismo dígito.&lt;/li&gt;&lt;li&gt;Muchos menos parámetros que una capa densa sobre la misma imagen: 8 filtros de 3 × 3 tienen 80; una capa densa de 8 neuronas sobre 16 × 16 píxeles tiene 2056.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;It needs image data (the input&apos;s height, width and channels).&lt;/li&gt;&lt;li&gt;Each layer sees only a small window; pooling and more layers widen what later filters see.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Necesita datos de imagen (la altura, la anchura y los canales de la entrada).&lt;/li&gt;&lt;li&gt;Cada capa solo ve una ventana pequeña; la agrupación (pooling) y más capas amplían lo que ven los filtros siguientes.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>MaxPool2D layer (max pooling)</source>
        <translation>Capa MaxPool2D (agrupación por máximo)</translation>
    </message>
    <message>
        <source>AvgPool2D layer (average pooling)</source>
        <translation>Capa AvgPool2D (agrupación por promedio)</translation>
    </message>
    <message>
        <source>Shrinks each feature map: of every window (2 × 2, say) it keeps only the largest value. A 16 × 16 map becomes 8 × 8.</source>
        <translation>Reduce cada mapa de características: de cada ventana (de 2 × 2, por ejemplo) solo conserva el valor mayor. Un mapa de 16 × 16 pasa a ser de 8 × 8.</translation>
    </message>
    <message>
        <source>Shrinks each feature map: every window (2 × 2, say) becomes the average of its values. A 16 × 16 map becomes 8 × 8.</source>
        <translation>Reduce cada mapa de características: cada ventana (de 2 × 2, por ejemplo) se convierte en el promedio de sus valores. Un mapa de 16 × 16 pasa a ser de 8 × 8.</translation>
    </message>
    <message>
        <source>&lt;li&gt;A pattern that moves by a pixel inside a window gives the same result, so the network cares less about exact positions.&lt;/li&gt;&lt;li&gt;Smaller maps mean less work, and the next filters see a wider part of the picture.&lt;/li&gt;&lt;li&gt;It has no weights.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Un patrón que se mueve un píxel dentro de una ventana da el mismo resultado, así que a la red le importan menos las posiciones exactas.&lt;/li&gt;&lt;li&gt;Mapas más pequeños suponen menos trabajo, y los filtros siguientes ven una parte más amplia de la imagen.&lt;/li&gt;&lt;li&gt;No tiene pesos.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Flatten layer</source>
        <translation>Capa Aplanar</translation>
    </message>
    <message>
        <source>Unrolls the feature maps into one long column of values, row by row with the channels last (as Keras does), so that Dense layers can read them. 4 × 4 maps of 16 channels become 256 values. It has no weights.</source>
        <translation>Despliega los mapas de características en una sola columna larga de valores, fila a fila y con los canales al final (como hace Keras), para que las capas densas puedan leerlos. Mapas de 4 × 4 con 16 canales dan 256 valores. No tiene pesos.</translation>
    </message>
    <message>
        <source>Pictures as data</source>
        <translation>Imágenes como datos</translation>
    </message>
    <message>
        <source>&lt;p&gt;A picture is a grid of pixels, each a number from 0 (dark) to 1 (bright): a 16 × 16 grey picture is 256 inputs. A Dense layer treats them as 256 unrelated numbers; a convolution knows which pixels are neighbours, so it learns strokes and edges that can appear anywhere.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Samples:&lt;/b&gt; every picture with the class the network gives it and how sure it is; the mistakes are marked. Look at the mistakes to see what the network confuses.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Draw:&lt;/b&gt; add pictures of your own to a class, or test the network on a drawing: a network that only learned its training pictures by heart fails on yours.&lt;/li&gt;&lt;li&gt;Choosing a picture shows, on the canvas, what each filter finds in it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Una imagen es una cuadrícula de píxeles, cada uno un número de 0 (oscuro) a 1 (claro): una imagen gris de 16 × 16 son 256 entradas. Una capa densa las trata como 256 números sin relación; una convolución sabe qué píxeles son vecinos, así que aprende trazos y bordes que pueden aparecer en cualquier sitio.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Muestras:&lt;/b&gt; todas las imágenes con la clase que les da la red y lo segura que está; los errores van marcados. Mira los errores para ver qué confunde la red.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dibujar:&lt;/b&gt; añade imágenes tuyas a una clase o prueba la red con un dibujo: una red que solo se aprendió de memoria sus imágenes de entrenamiento falla con las tuyas.&lt;/li&gt;&lt;li&gt;Al elegir una imagen, el lienzo muestra lo que encuentra cada filtro en ella.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>ConceptsPanel</name>
    <message>
        <source>Search concepts…</source>
        <translation>Buscar conceptos…</translation>
    </message>
    <message>
        <source>Type part of a name, for example “relu” or “learning”</source>
        <translation>Escribe parte de un nombre, por ejemplo «relu» o «aprendizaje»</translation>
    </message>
    <message>
        <source>Choose a concept to read about it</source>
        <translation>Elige un concepto para leer sobre él</translation>
    </message>
    <message>
        <source>&lt;p&gt;The ideas behind neural networks, grouped by topic. Selecting a layer on the canvas or a control in the training panel shows its entry here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las ideas en las que se basan las redes neuronales, agrupadas por temas. Al seleccionar una capa en el lienzo o un control del panel de entrenamiento, aquí aparece su explicación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The activation function f(z) and its derivative f′(z)</source>
        <translation>La función de activación f(z) y su derivada f′(z)</translation>
    </message>
    <message>
        <source>function f(z)</source>
        <translation>función f(z)</translation>
    </message>
    <message>
        <source>derivative f′(z)</source>
        <translation>derivada f′(z)</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Véase también:</translation>
    </message>
    <message>
        <source>Search concepts</source>
        <translation>Buscar conceptos</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Load CSV</source>
        <translation>Cargar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Data as CSV</source>
        <translation>Guardar datos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generador</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>Cargar CSV…</translation>
    </message>
    <message>
        <source>Save Data as CSV…</source>
        <translation>Guardar datos como CSV…</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Extra inputs</source>
        <translation>Entradas extra</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Standardize (mean 0, deviation 1)</source>
        <translation>Estandarizar (media 0, desviación 1)</translation>
    </message>
    <message>
        <source>Min–max (0 to 1)</source>
        <translation>Mín–máx (de 0 a 1)</translation>
    </message>
    <message>
        <source>generated (%1)</source>
        <translation>generados (%1)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>painted</source>
        <translation>pintados a mano</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), %1 inputs, %2 classes, %3</source>
        <translation>
            <numerusform>%n ejemplo, %1 entradas, %2 clases, %3</numerusform>
            <numerusform>%n ejemplos, %1 entradas, %2 clases, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), %1 inputs, regression, %2</source>
        <translation>
            <numerusform>%n ejemplo, %1 entradas, regresión, %2</numerusform>
            <numerusform>%n ejemplos, %1 entradas, regresión, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation and test together may use at most 90% of the data.</source>
        <translation>Entre validación y prueba pueden usar como máximo el 90&#xa0;% de los datos.</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>Se ha cargado %1.</translation>
    </message>
    <message>
        <source>%1 could not be loaded. %2</source>
        <translation>No se ha podido cargar %1. %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>How many examples to draw: with few of them, the network can learn them by heart instead of the pattern.</source>
        <translation>Cuántos ejemplos se generan: con pocos, la red puede aprendérselos de memoria en lugar de aprender el patrón.</translation>
    </message>
    <message>
        <source>How far the points stray from the clean pattern: a network that follows every stray point is overfitting.</source>
        <translation>Cuánto se alejan los puntos del patrón limpio: una red que sigue cada punto desviado está sobreajustando.</translation>
    </message>
    <message>
        <source>How many groups the points fall into; the output layer needs one neuron per class (or a single sigmoid neuron for two).</source>
        <translation>En cuántos grupos se reparten los puntos; la capa de salida necesita una neurona por clase (o una sola neurona sigmoide si son dos).</translation>
    </message>
    <message>
        <source>The same seed draws exactly the same points, so that everyone in a class can work with the same data.</source>
        <translation>La misma semilla genera exactamente los mismos puntos, para que todo el grupo pueda trabajar con los mismos datos.</translation>
    </message>
    <message>
        <source>Draw the data set again with these settings; another seed gives other points with the same pattern.</source>
        <translation>Vuelve a generar el conjunto de datos con estos ajustes; otra semilla da otros puntos con el mismo patrón.</translation>
    </message>
    <message>
        <source>Use your own data: a table with one row per example, the inputs in columns and the class or value in a column named label, class, target or y (else the last one).</source>
        <translation>Usa tus propios datos: una tabla con una fila por ejemplo, las entradas en columnas y la clase o el valor en una columna llamada clase, etiqueta, label, class, target o y (si no, la última).</translation>
    </message>
    <message>
        <source>Save the examples as a table, one row per example, to open them in a spreadsheet.</source>
        <translation>Guarda los ejemplos como una tabla, con una fila por ejemplo, para abrirlos en una hoja de cálculo.</translation>
    </message>
    <message>
        <source>The share of the examples kept out of training to check the network on data it has not seen: a validation loss that rises while the training loss falls means overfitting.</source>
        <translation>La parte de los ejemplos que se aparta del entrenamiento para comprobar la red con datos que no ha visto: si la pérdida de validación sube mientras la de entrenamiento baja, hay sobreajuste.</translation>
    </message>
    <message>
        <source>The share of the examples kept aside for a final, honest measure of how well the network does on new data.</source>
        <translation>La parte de los ejemplos que se reserva para una medida final y honesta de cómo funciona la red con datos nuevos.</translation>
    </message>
    <message>
        <source>Adds %1 as an extra input, computed from x₁ and x₂, so that even a network without hidden layers can draw a curved boundary.</source>
        <translation>Añade %1 como entrada extra, calculada a partir de x₁ y x₂, para que incluso una red sin capas ocultas pueda dibujar una frontera curva.</translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation>Bloqueado por esta lección</translation>
    </message>
    <message>
        <source>The examples the network learns from: each point has two inputs (its position) and a class or a value; each picture (shapes, bars, digits) has one input per pixel. Click a data set again to draw new examples.</source>
        <translation>Los ejemplos de los que aprende la red: cada punto tiene dos entradas (su posición) y una clase o un valor; cada imagen (formas, barras, dígitos) tiene una entrada por píxel. Haz clic de nuevo en un conjunto de datos para generar ejemplos nuevos.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of the image folder could not be read; the data holds the others.</source>
        <translation>
            <numerusform>No se pudo leer %n imagen de la carpeta; los datos tienen las demás.</numerusform>
            <numerusform>No se pudieron leer %n imágenes de la carpeta; los datos tienen las demás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>stored in the project</source>
        <translation>guardados en el proyecto</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>The network has no output layer yet. Drag a Dense layer onto the canvas.</source>
        <translation>La red aún no tiene capa de salida. Arrastra una capa Densa al lienzo.</translation>
    </message>
    <message>
        <source>The data set has no input columns.</source>
        <translation>El conjunto de datos no tiene columnas de entrada.</translation>
    </message>
    <message>
        <source>%1 has no neurons; a layer needs at least one.</source>
        <translation>%1 no tiene neuronas; una capa necesita al menos una.</translation>
    </message>
    <message>
        <source>%1 has %2 neurons; the limit is %3. Training it would take about %4 of memory.</source>
        <translation>%1 tiene %2 neuronas; el límite es %3. Entrenarla ocuparía unos %4 de memoria.</translation>
    </message>
    <message>
        <source>The output has %1 neurons, but a yes/no task needs 1 with sigmoid (or 2 with softmax).</source>
        <translation>La salida tiene %1 neuronas, pero una tarea de sí o no necesita 1 con sigmoide (o 2 con softmax).</translation>
    </message>
    <message>
        <source>The output has %1 neurons, but the data has %2 classes: it needs one neuron per class.</source>
        <translation>La salida tiene %1 neuronas, pero los datos tienen %2 clases: necesita una neurona por clase.</translation>
    </message>
    <message>
        <source>The output has %1 neurons, but regression predicts a single number: it needs 1.</source>
        <translation>La salida tiene %1 neuronas, pero la regresión predice un solo número: necesita 1.</translation>
    </message>
    <message>
        <source>The output uses %1, but %2 needs %3.</source>
        <translation>La salida usa la activación %1, pero la %2 necesita la activación %3.</translation>
    </message>
    <message>
        <source>The %1 loss needs a %2 output, but the output uses %3.</source>
        <translation>La pérdida de %1 necesita una salida %2, pero la salida usa %3.</translation>
    </message>
    <message>
        <source>The %1 loss is meant for classification, but this task is regression.</source>
        <translation>La pérdida de %1 es para clasificación, pero esta tarea es de regresión.</translation>
    </message>
    <message>
        <source>%1 uses softmax, which only makes sense on the output layer.</source>
        <translation>%1 usa softmax, que solo tiene sentido en la capa de salida.</translation>
    </message>
    <message>
        <source>%1 comes after the output layer, where it would hide part of the answer.</source>
        <translation>%1 está después de la capa de salida, donde ocultaría parte de la respuesta.</translation>
    </message>
    <message>
        <source>%1 must drop at least 0% and less than 100% of the values.</source>
        <translation>%1 debe apagar como mínimo el 0&#xa0;% de los valores y menos del 100&#xa0;%.</translation>
    </message>
    <message>
        <source>%1 comes after the output layer; it belongs between hidden layers.</source>
        <translation>%1 está después de la capa de salida; su sitio es entre capas ocultas.</translation>
    </message>
    <message>
        <source>%1 has a setting out of range (alpha, L1, L2, momentum or epsilon).</source>
        <translation>%1 tiene un ajuste fuera de rango (alfa, L1, L2, momento o épsilon).</translation>
    </message>
    <message>
        <source>These data cannot be split by a straight line: add a hidden layer so the network can bend its boundary.</source>
        <translation>Estos datos no se pueden separar con una línea recta: añade una capa oculta para que la red pueda curvar su frontera.</translation>
    </message>
    <message>
        <source>No gradient reaches %1: it has stopped learning. A layer after it may have no live neurons.</source>
        <translation>No llega ningún gradiente a %1: ha dejado de aprender. Puede que una capa posterior no tenga neuronas vivas.</translation>
    </message>
    <message>
        <source>The gradient reaching %1 is %2 times smaller than at the output layer, so it hardly learns. ReLU or tanh instead of sigmoid in the hidden layers, or fewer layers, let more of it through.</source>
        <translation>El gradiente que llega a %1 es %2 veces menor que en la capa de salida, así que apenas aprende. ReLU o tanh en lugar de sigmoide en las capas ocultas, o menos capas, dejan pasar más.</translation>
    </message>
    <message>
        <source>%1 of the %2 neurons of %3 output 0 for every example, so they have stopped learning. A smaller learning rate, or leaky ReLU, keeps neurons alive.</source>
        <translation>%1 de las %2 neuronas de %3 dan 0 para todos los ejemplos, así que han dejado de aprender. Una tasa de aprendizaje menor, o leaky ReLU, mantiene vivas las neuronas.</translation>
    </message>
    <message>
        <source>The output has %1 neurons, but the data has %2 targets: it needs one neuron per target.</source>
        <translation>La salida tiene %1 neuronas, pero los datos tienen %2 objetivos: necesita una neurona por objetivo.</translation>
    </message>
    <message>
        <source>%1 reads %2, which comes after it: the connections go round in a circle.</source>
        <translation>%1 lee %2, que va después: las conexiones forman un círculo.</translation>
    </message>
    <message>
        <source>%1 reads a layer that is no longer in the network.</source>
        <translation>%1 lee una capa que ya no está en la red.</translation>
    </message>
    <message>
        <source>%1 has the same name as another layer.</source>
        <translation>%1 tiene el mismo nombre que otra capa.</translation>
    </message>
    <message>
        <source>%1 adds layers of different widths (%2 and %3 neurons); they must be equal.</source>
        <translation>%1 suma capas de anchuras distintas (%2 y %3 neuronas); deben ser iguales.</translation>
    </message>
    <message>
        <source>%1 is not connected: connect its input and its output, or remove it.</source>
        <translation>%1 no está conectada: conecta su entrada y su salida, o quítala.</translation>
    </message>
    <message>
        <source>%1 joins branches and needs at least 2 connections into it; it has %2.</source>
        <translation>%1 une ramas y necesita al menos 2 conexiones de entrada; tiene %2.</translation>
    </message>
    <message>
        <source>%1 reads %2 layers; only Add and Concat join several. Put one of them before it.</source>
        <translation>%1 lee %2 capas; solo Suma y Concatenar unen varias. Pon una de ellas delante.</translation>
    </message>
    <message>
        <source>The last layer, %1, is the output and must be a Dense layer. Connect it to a Dense layer.</source>
        <translation>La última capa, %1, es la salida y debe ser una capa densa. Conéctala a una capa densa.</translation>
    </message>
    <message>
        <source>The image shape holds %1 values per example, but the data has %2 input columns. They must match.</source>
        <translation>La forma de imagen contiene %1 valores por ejemplo, pero los datos tienen %2 columnas de entrada. Deben coincidir.</translation>
    </message>
    <message>
        <source>%1 looks at images, but what reaches it is a flat list of numbers. Give the input an image shape, and keep Flatten and Dense layers after it.</source>
        <translation>%1 trabaja con imágenes, pero le llega una lista plana de números. Da a la entrada una forma de imagen y deja las capas Aplanar y Densa detrás.</translation>
    </message>
    <message>
        <source>%1 has a window or step size below 1; each must be at least 1.</source>
        <translation>%1 tiene un tamaño de ventana o de paso menor que 1; cada uno debe ser al menos 1.</translation>
    </message>
    <message>
        <source>%1 slides a window of %2 pixels over an image only %3 pixels across. Use a smaller window, or &quot;same&quot; padding.</source>
        <translation>%1 desliza una ventana de %2 píxeles sobre una imagen de solo %3 píxeles de ancho. Usa una ventana más pequeña o el relleno &quot;same&quot;.</translation>
    </message>
    <message>
        <source>%1 is a Dense layer reading an image. Put a Flatten layer before it.</source>
        <translation>%1 es una capa densa que lee una imagen. Pon una capa Aplanar antes de ella.</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>&amp;Add samples</source>
        <translation>&amp;Añadir muestras</translation>
    </message>
    <message>
        <source>Add samples mode</source>
        <translation>Modo añadir muestras</translation>
    </message>
    <message>
        <source>What you draw is added to the data as a sample of the chosen class</source>
        <translation>Lo que dibujas se añade a los datos como muestra de la clase elegida</translation>
    </message>
    <message>
        <source>&amp;Test the network</source>
        <translation>&amp;Probar la red</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Modo prueba</translation>
    </message>
    <message>
        <source>The network classifies what you draw while you draw it</source>
        <translation>La red clasifica lo que dibujas mientras lo dibujas</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Goma</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Goma</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Limpiar el dibujo</translation>
    </message>
    <message>
        <source>Erases the whole drawing (Delete)</source>
        <translation>Borra todo el dibujo (Supr)</translation>
    </message>
    <message>
        <source>Add to c&amp;lass:</source>
        <translation>Añadir a la c&amp;lase:</translation>
    </message>
    <message>
        <source>Class of the drawn sample</source>
        <translation>Clase de la muestra dibujada</translation>
    </message>
    <message>
        <source>The class the drawing is added to</source>
        <translation>La clase a la que se añade el dibujo</translation>
    </message>
    <message>
        <source>Add &amp;sample</source>
        <translation>Añadir &amp;muestra</translation>
    </message>
    <message>
        <source>Add sample</source>
        <translation>Añadir muestra</translation>
    </message>
    <message>
        <source>Adds the drawing to the data as a sample of the chosen class, then clears the pad (Enter)</source>
        <translation>Añade el dibujo a los datos como muestra de la clase elegida y después limpia el panel (Intro)</translation>
    </message>
    <message>
        <source>What the network says:</source>
        <translation>Lo que dice la red:</translation>
    </message>
    <message>
        <source>Draw, and watch the network&apos;s probabilities change as you draw.</source>
        <translation>Dibuja y observa cómo cambian las probabilidades de la red mientras dibujas.</translation>
    </message>
    <message>
        <source>Drawing pad, %1 × %2 pixels</source>
        <translation>Panel de dibujo, %1 × %2 píxeles</translation>
    </message>
    <message>
        <source>When on, the left mouse button and the keyboard pen erase instead of drawing</source>
        <translation>Activada, el botón izquierdo del ratón y el lápiz del teclado borran en lugar de dibujar</translation>
    </message>
    <message>
        <source>Draw with the left mouse button (the right button erases), or with the arrow keys after Space.</source>
        <translation>Dibuja con el botón izquierdo del ratón (el derecho borra), o con las flechas después de pulsar Espacio.</translation>
    </message>
    <message>
        <source>Draw a sample with the mouse (the left button draws, the right button erases) or with the keyboard (the arrow keys move the pen, Space puts it down or lifts it). Delete clears it.</source>
        <translation>Dibuja una muestra con el ratón (el botón izquierdo dibuja y el derecho borra) o con el teclado (las flechas mueven el lápiz y Espacio lo apoya o lo levanta). Supr la limpia.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <source>The file could not be opened. Check that it exists and that you may read it.</source>
        <translation>No se ha podido abrir el archivo. Comprueba que existe y que tienes permiso para leerlo.</translation>
    </message>
    <message>
        <source>%1 does not exist any more. It may have been moved or deleted.</source>
        <translation>%1 ya no existe. Puede que se haya movido o borrado.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>No se ha podido abrir el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is not a file that Neurona can read (a folder, a device or a pipe).</source>
        <translation>%1 no es un archivo que Neurona pueda leer (es una carpeta, un dispositivo o una tubería).</translation>
    </message>
    <message>
        <source>%1 could not be saved: the folder %2 does not exist.</source>
        <translation>No se ha podido guardar %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>%1 could not be saved: the folder cannot be written to, or the disk is full. A file that was there is left as it was.</source>
        <translation>No se pudo guardar %1: no se puede escribir en la carpeta o el disco está lleno. El archivo que ya estaba allí queda como estaba.</translation>
    </message>
    <message>
        <source>%1 is damaged: line %2, column %3 is not valid JSON.</source>
        <translation>%1 está dañado: la línea %2, columna %3, no es JSON válido.</translation>
    </message>
    <message>
        <source>%1 is not a Neurona project.</source>
        <translation>%1 no es un proyecto de Neurona.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Neurona (format %2; this one reads up to %3).</source>
        <translation>%1 se guardó con una versión más reciente de Neurona (formato %2; esta versión lee hasta el %3).</translation>
    </message>
    <message>
        <source>The data file %1 could not be read: line %2, column %3 (%4).</source>
        <translation>No se ha podido leer el archivo de datos %1: línea %2, columna %3 (%4).</translation>
    </message>
    <message>
        <source>The setting %1 has a value Neurona does not accept (%2).</source>
        <translation>El ajuste %1 tiene un valor que Neurona no acepta (%2).</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB). The limit is %2 MB.</source>
        <translation>El archivo es demasiado grande (%1 MB). El límite es de %2 MB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is not a text file (line %1 contains binary data). Save it as CSV from your spreadsheet.</source>
        <translation>No es un archivo de texto (la línea %1 contiene datos binarios). Guárdalo como CSV desde tu hoja de cálculo.</translation>
    </message>
    <message>
        <source>Line %1 contains characters that are not valid text. Save the file as UTF-8 CSV.</source>
        <translation>La línea %1 contiene caracteres que no son texto válido. Guarda el archivo como CSV en UTF-8.</translation>
    </message>
    <message>
        <source>A quotation mark opened on line %1 is never closed.</source>
        <translation>Unas comillas que se abren en la línea %1 no se cierran nunca.</translation>
    </message>
    <message>
        <source>The file needs at least two columns: one or more inputs and the label. It has %1.</source>
        <translation>El archivo necesita al menos dos columnas: una o más entradas y la etiqueta. Tiene %1.</translation>
    </message>
    <message>
        <source>The file has a header but no rows of data.</source>
        <translation>El archivo tiene encabezado, pero ninguna fila de datos.</translation>
    </message>
    <message>
        <source>Line %1 has %2 values, but the first line has %3.</source>
        <translation>La línea %1 tiene %2 valores, pero la primera línea tiene %3.</translation>
    </message>
    <message>
        <source>Line %1, column %2: “%3” is not a number.</source>
        <translation>Línea %1, columna %2: «%3» no es un número.</translation>
    </message>
    <message>
        <source>Line %1, column %2: “%3” is infinite or too large.</source>
        <translation>Línea %1, columna %2: «%3» es infinito o demasiado grande.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1, column %2 has no value (%n row(s) have missing values).</source>
        <translation>
            <numerusform>Línea %1, columna %2: falta el valor (faltan valores en %n fila).</numerusform>
            <numerusform>Línea %1, columna %2: falta el valor (faltan valores en %n filas).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no label column called “%1”.</source>
        <translation>No hay ninguna columna de etiquetas llamada «%1».</translation>
    </message>
    <message>
        <source>Line %1: the target “%2” is not a number, so this cannot be a regression.</source>
        <translation>Línea %1: el valor objetivo «%2» no es un número, así que esto no puede ser una regresión.</translation>
    </message>
    <message>
        <source>Every row has the same label (“%1”): there is nothing to tell apart.</source>
        <translation>Todas las filas tienen la misma etiqueta («%1»): no hay nada que distinguir.</translation>
    </message>
    <message>
        <source>The label column has %1 different values; at most %2 classes are allowed.</source>
        <translation>La columna de etiquetas tiene %1 valores distintos; se admiten como máximo %2 clases.</translation>
    </message>
    <message>
        <source>A binary problem needs exactly 2 classes; the file has %1.</source>
        <translation>Un problema binario necesita exactamente 2 clases; el archivo tiene %1.</translation>
    </message>
    <message>
        <source>Line %1: the label “%2” is not one of the project&apos;s classes.</source>
        <translation>Línea %1: la etiqueta «%2» no es ninguna de las clases del proyecto.</translation>
    </message>
    <message>
        <source>The network has no output layer.</source>
        <translation>La red no tiene capa de salida.</translation>
    </message>
    <message>
        <source>The validation data has other inputs than the training data.</source>
        <translation>Los datos de validación tienen entradas distintas de las de los datos de entrenamiento.</translation>
    </message>
    <message>
        <source>There is no training data.</source>
        <translation>No hay datos de entrenamiento.</translation>
    </message>
    <message>
        <source>The loss does not fit the output layer&apos;s activation.</source>
        <translation>La pérdida no encaja con la activación de la capa de salida.</translation>
    </message>
    <message>
        <source>The output layer does not fit the labels of the data.</source>
        <translation>La capa de salida no encaja con las etiquetas de los datos.</translation>
    </message>
    <message>
        <source>The optimizer settings are not valid.</source>
        <translation>Los ajustes del optimizador no son válidos.</translation>
    </message>
    <message>
        <source>The saved weights do not fit this network.</source>
        <translation>Los pesos guardados no encajan con esta red.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2 at %3).</source>
        <translation>No se ha podido leer %1 (%2 en %3).</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Neurona file: line %2, column %3 nests lists deeper than %4 levels.</source>
        <translation>%1 está dañado o no es un archivo de Neurona: la línea %2, columna %3, anida listas a más de %4 niveles.</translation>
    </message>
    <message>
        <source>The learning-rate schedule&apos;s %1 cannot be %2: the learning rate would become negative or undefined.</source>
        <translation>El valor %1 de la planificación de la tasa de aprendizaje no puede ser %2: la tasa de aprendizaje sería negativa o indefinida.</translation>
    </message>
    <message>
        <source>This network is too large to train: it would need about %1 MB of memory, and the limit is %2 MB. Use fewer or smaller layers, or a smaller batch.</source>
        <translation>Esta red es demasiado grande para entrenarla: necesitaría unos %1 MB de memoria y el límite es %2 MB. Usa menos capas o capas más pequeñas, o un lote más pequeño.</translation>
    </message>
    <message>
        <source>The values of input %1 are too large to scale (near 10^308). Choose no preprocessing or rescale the data.</source>
        <translation>Los valores de la entrada %1 son demasiado grandes para escalarlos (cerca de 10^308). Elige no preprocesar o cambia la escala de los datos.</translation>
    </message>
    <message>
        <source>There is no training sample %1: the training samples are numbered 0 to %2.</source>
        <translation>No existe la muestra de entrenamiento %1: las muestras de entrenamiento van numeradas de 0 a %2.</translation>
    </message>
    <message>
        <source>There is no setting called %1 in a project.</source>
        <translation>Un proyecto no tiene ningún ajuste llamado %1.</translation>
    </message>
    <message>
        <source>The setting %1 cannot be %2.</source>
        <translation>El ajuste %1 no puede valer %2.</translation>
    </message>
    <message>
        <source>The data has %1 training and validation rows, more than the %2 that the code can hold. Use fewer rows to see the code.</source>
        <translation>Los datos tienen %1 filas de entrenamiento y validación, más de las %2 que puede contener el código. Use menos filas para ver el código.</translation>
    </message>
    <message>
        <source>The network has a layer after the output layer, which the code cannot write. Remove it or move it before the output layer.</source>
        <translation>La red tiene una capa después de la capa de salida, que el código no puede escribir. Elimínela o muévala antes de la capa de salida.</translation>
    </message>
    <message>
        <source>The data has several targets. This works only for one target.</source>
        <translation>Los datos tienen varios objetivos. Esto solo funciona con un objetivo.</translation>
    </message>
    <message>
        <source>The network has branches (layers that read several layers, or are read by several). This works only for a straight stack of layers.</source>
        <translation>La red tiene ramas (capas que leen varias capas, o que varias leen). Esto solo funciona con una pila recta de capas.</translation>
    </message>
    <message>
        <source>%1 could not be read: two layers are called “%2” (%3). Each layer needs a name of its own.</source>
        <translation>No se ha podido leer %1: dos capas se llaman «%2» (%3). Cada capa necesita un nombre propio.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2 reads the layer “%3”, which is not listed before it. Every layer must come after the layers it reads.</source>
        <translation>No se ha podido leer %1: %2 lee la capa «%3», que no aparece antes en la lista. Cada capa debe ir después de las capas que lee.</translation>
    </message>
    <message>
        <source>The network has image layers (convolution, pooling or flatten). This works only for networks of dense, dropout and batchnorm layers.</source>
        <translation>La red tiene capas de imagen (convolución, agrupación o aplanado). Esto solo funciona con redes de capas densas, de dropout y de batchnorm.</translation>
    </message>
    <message>
        <source>%1: the image shape holds %2 values, but the model has %3 inputs.</source>
        <translation>%1: la forma de imagen contiene %2 valores, pero el modelo tiene %3 entradas.</translation>
    </message>
    <message>
        <source>%1: convolution and pooling need an image, but this layer reads a flat list of numbers.</source>
        <translation>%1: la convolución y la agrupación necesitan una imagen, pero esta capa lee una lista plana de números.</translation>
    </message>
    <message>
        <source>%1: a Dense layer reads an image here; a Flatten layer must come before it.</source>
        <translation>%1: aquí una capa densa lee una imagen; antes debe ir una capa Aplanar.</translation>
    </message>
    <message>
        <source>%1: the window is %2 pixels, larger than its input (%3 pixels).</source>
        <translation>%1: la ventana mide %2 píxeles, más que su entrada (%3 píxeles).</translation>
    </message>
    <message>
        <source>%1: drawn pictures belong to data of pictures with classes, and this data set is not.</source>
        <translation>%1: las imágenes dibujadas pertenecen a datos de imágenes con clases, y este conjunto de datos no lo es.</translation>
    </message>
    <message>
        <source>%1 was left out: it is larger than %2 MB.</source>
        <translation>Se ha omitido %1: ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>%1 was left out: it is %2 pixels wide or tall, more than %3.</source>
        <translation>Se ha omitido %1: mide %2 píxeles de ancho o de alto, más de %3.</translation>
    </message>
    <message>
        <source>%1 was left out: it is not a PNG, JPEG or BMP picture that can be read.</source>
        <translation>Se ha omitido %1: no es una imagen PNG, JPEG o BMP legible.</translation>
    </message>
    <message>
        <source>%1 was left out: it is a link that leads out of the folder.</source>
        <translation>Se ha omitido %1: es un enlace que lleva fuera de la carpeta.</translation>
    </message>
    <message>
        <source>%1 was left out: it cannot be read.</source>
        <translation>Se ha omitido %1: no se puede leer.</translation>
    </message>
    <message>
        <source>The folder %1 has pictures of one class only (“%2”). Put the pictures of each class in a sub-folder of their own: two or more are needed.</source>
        <translation>La carpeta %1 solo tiene imágenes de una clase («%2»). Pon las imágenes de cada clase en una subcarpeta propia: hacen falta dos o más.</translation>
    </message>
    <message>
        <source>The image shape of %1 holds %2 values, but the file has %3 input columns.</source>
        <translation>La forma de imagen de %1 contiene %2 valores, pero el archivo tiene %3 columnas de entrada.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files, the most that Neurona reads.</source>
        <translation>La carpeta %1 contiene más de %2 archivos, el máximo que lee Neurona.</translation>
    </message>
    <message>
        <source>The folder %1 has no picture that Neurona can read (PNG, JPEG or BMP) in a sub-folder of its own. Put the pictures of each class in a sub-folder named after the class.</source>
        <translation>La carpeta %1 no tiene ninguna imagen que Neurona pueda leer (PNG, JPEG o BMP) en una subcarpeta propia. Pon las imágenes de cada clase en una subcarpeta con el nombre de la clase.</translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Val. loss</source>
        <translation>Pérdida val.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>Exactitud val.</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Val. RMSE</source>
        <translation>RMSE val.</translation>
    </message>
    <message>
        <source>Restored %1 as the current model.</source>
        <translation>%1 es ahora el modelo actual.</translation>
    </message>
    <message>
        <source>Sweep cancelled: %1 of %2 runs trained.</source>
        <translation>Barrido cancelado: se entrenaron %1 de %2 ejecuciones.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n run(s) kept on the board.</source>
        <translation>
            <numerusform>Barrido terminado: %n ejecución guardada en el tablero.</numerusform>
            <numerusform>Barrido terminado: %n ejecuciones guardadas en el tablero.</numerusform>
        </translation>
    </message>
    <message>
        <source>This run is still training.</source>
        <translation>Esta ejecución aún se está entrenando.</translation>
    </message>
    <message>
        <source>Opened %1 as the current model.</source>
        <translation>%1 se ha abierto como modelo actual.</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Settings that differ</source>
        <translation>Ajustes que cambian</translation>
    </message>
    <message>
        <source>Decision boundary of %1</source>
        <translation>Frontera de decisión de %1</translation>
    </message>
    <message>
        <source>Training %1 runs…</source>
        <translation>Entrenando %1 ejecuciones…</translation>
    </message>
    <message>
        <source>%1 of %2 runs done, about %3 s left.</source>
        <translation>%1 de %2 ejecuciones hechas; quedan unos %3 s.</translation>
    </message>
    <message>
        <source>%1 of %2 runs done. Green: completed, red: diverged, blue: stopped early, grey: stopped. Click a run to open it.</source>
        <translation>%1 de %2 ejecuciones hechas. Verde: completada; rojo: divergió; azul: parada temprana; gris: detenida. Haz clic en una ejecución para abrirla.</translation>
    </message>
    <message>
        <source>A sweep trains the network once for each value of one or two settings and shows every result side by side.</source>
        <translation>Un barrido entrena la red una vez para cada valor de uno o dos ajustes y muestra todos los resultados uno al lado del otro.</translation>
    </message>
    <message>
        <source>The run with %1 cannot be trained: %2</source>
        <translation>La ejecución con %1 no se puede entrenar: %2</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>Experiment Board</source>
        <translation>Tablero de experimentos</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Restore as Current</source>
        <translation>Recuperar como actual</translation>
    </message>
    <message>
        <source>Make this run&apos;s network, settings and learned values the current ones (undoable)</source>
        <translation>Hace que la red, los ajustes y los valores aprendidos de esta ejecución sean los actuales (se puede deshacer)</translation>
    </message>
    <message>
        <source>Pin / Unpin</source>
        <translation>Fijar / soltar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>Guardar como máximo:</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> ejecuciones</translation>
    </message>
    <message>
        <source>Runs kept at most</source>
        <translation>Ejecuciones guardadas como máximo</translation>
    </message>
    <message>
        <source>Pin runs in the table to compare them here: their boundaries, metrics and the settings in which they differ.</source>
        <translation>Fija ejecuciones en la tabla para compararlas aquí: sus fronteras, sus métricas y los ajustes en los que se diferencian.</translation>
    </message>
    <message>
        <source>New Sweep…</source>
        <translation>Nuevo barrido…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the sweep</source>
        <translation>Cancelar el barrido</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>Progreso del barrido</translation>
    </message>
    <message>
        <source>Kept runs</source>
        <translation>Ejecuciones guardadas</translation>
    </message>
    <message>
        <source>Loss (solid) and accuracy (dashed) of the pinned runs</source>
        <translation>Pérdida (continua) y exactitud (discontinua) de las ejecuciones fijadas</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>This run cannot be restored: its network no longer fits the data, or the lesson locks what it changes.</source>
        <translation>Esta ejecución no se puede recuperar: su red ya no encaja con los datos, o la lección bloquea lo que cambia.</translation>
    </message>
    <message>
        <source>val. %1</source>
        <translation>val. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n epoch(s)</source>
        <translation>
            <numerusform>%1 · %n época</numerusform>
            <numerusform>%1 · %n épocas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>The network has a problem to fix first (see Problems).</source>
        <translation>La red tiene un problema que hay que corregir primero (ver Problemas).</translation>
    </message>
    <message>
        <source>There is no training data to explain a step on.</source>
        <translation>No hay datos de entrenamiento sobre los que explicar un paso.</translation>
    </message>
    <message>
        <source>The network&apos;s values are not ready yet.</source>
        <translation>Los valores de la red aún no están listos.</translation>
    </message>
    <message>
        <source>The loss does not fit the output layer (see Problems).</source>
        <translation>La pérdida no encaja con la capa de salida (ver Problemas).</translation>
    </message>
    <message>
        <source>This network cannot be explained one step at a time.</source>
        <translation>Esta red no se puede explicar paso a paso.</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>of %1: (%2), %3</source>
        <translation>de %1: (%2), %3</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Apply an explained step</source>
        <translation>Aplicar un paso explicado</translation>
    </message>
    <message>
        <source>Training &amp;sample</source>
        <translation>&amp;Ejemplo de entrenamiento</translation>
    </message>
    <message>
        <source>Training sample to explain</source>
        <translation>Ejemplo de entrenamiento que explicar</translation>
    </message>
    <message>
        <source>Or click a point on the decision boundary. Step with ← and →.</source>
        <translation>O haz clic en un punto de la frontera de decisión. Avanza con ← y →.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Etapa siguiente</translation>
    </message>
    <message>
        <source>&amp;Apply this step</source>
        <translation>A&amp;plicar este paso</translation>
    </message>
    <message>
        <source>Make the values after this step the network&apos;s own (Undo takes them back)</source>
        <translation>Hacer que los valores tras este paso sean los de la red (Deshacer los devuelve)</translation>
    </message>
    <message>
        <source>Explanation of the stage</source>
        <translation>Explicación de la etapa</translation>
    </message>
    <message>
        <source>targets (%1)</source>
        <translation>objetivos (%1)</translation>
    </message>
</context>
<context>
    <name>ExplainText</name>
    <message>
        <source>Forward: %1</source>
        <translation>Hacia delante: %1</translation>
    </message>
    <message>
        <source>The loss of this sample</source>
        <translation>La pérdida de este ejemplo</translation>
    </message>
    <message>
        <source>Backward: %1</source>
        <translation>Hacia atrás: %1</translation>
    </message>
    <message>
        <source>The update</source>
        <translation>La actualización</translation>
    </message>
    <message>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;z&lt;/i&gt;), the layer&apos;s activation</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;z&lt;/i&gt;), la activación de la capa</translation>
    </message>
    <message>
        <source>relu′(&lt;i&gt;z&lt;/i&gt;) = 1 when &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else 0</source>
        <translation>relu′(&lt;i&gt;z&lt;/i&gt;) = 1 si &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, si no 0</translation>
    </message>
    <message>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;z&lt;/i&gt;) = 1 when &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else α</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;z&lt;/i&gt;) = 1 si &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, si no α</translation>
    </message>
    <message>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;z&lt;/i&gt;), the slope of the activation at &lt;i&gt;z&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;z&lt;/i&gt;), la pendiente de la activación en &lt;i&gt;z&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Dropout switches neurons off only while training. When the network predicts, as here, it passes its inputs on unchanged: &lt;i&gt;a&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;.</source>
        <translation>Dropout apaga neuronas solo durante el entrenamiento. Cuando la red predice, como aquí, deja pasar sus entradas sin cambios: &lt;i&gt;a&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Batch normalisation rescales each input with the mean and variance it learned over the training batches, then applies its own scale γ and shift β:</source>
        <translation>La normalización por lotes reescala cada entrada con la media y la varianza que aprendió en los lotes de entrenamiento y luego aplica su propia escala γ y desplazamiento β:</translation>
    </message>
    <message>
        <source>Input %1: μ = %2, σ² = %3, x = %4 → a = %5</source>
        <translation>Entrada %1: μ = %2, σ² = %3, x = %4 → a = %5</translation>
    </message>
    <message>
        <source>Each neuron multiplies every input by the weight of its edge, adds its bias, and passes the sum &lt;i&gt;z&lt;/i&gt; through the activation &lt;i&gt;f&lt;/i&gt;:</source>
        <translation>Cada neurona multiplica cada entrada por el peso de su conexión, suma su sesgo y pasa la suma &lt;i&gt;z&lt;/i&gt; por la activación &lt;i&gt;f&lt;/i&gt;:</translation>
    </message>
    <message>
        <source>… (%1 terms) + </source>
        <translation>… (%1 términos) + </translation>
    </message>
    <message>
        <source>The other %1 neurons work the same way; the canvas shows each one&apos;s numbers.</source>
        <translation>Las otras %1 neuronas funcionan igual; el lienzo muestra los números de cada una.</translation>
    </message>
    <message>
        <source>Binary cross-entropy compares the predicted probability ŷ with the true class y (0 or 1); it grows without bound as a confident prediction turns out wrong:</source>
        <translation>La entropía cruzada binaria compara la probabilidad predicha ŷ con la clase verdadera y (0 o 1); crece sin límite cuando una predicción segura resulta errónea:</translation>
    </message>
    <message>
        <source>Cross-entropy looks only at the probability the network gives the true class c:</source>
        <translation>La entropía cruzada solo mira la probabilidad que la red da a la clase verdadera c:</translation>
    </message>
    <message>
        <source>True class %1: ŷ&lt;sub&gt;%1&lt;/sub&gt; = %2 &amp;nbsp;→&amp;nbsp; &lt;i&gt;L&lt;/i&gt; = −log %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Clase verdadera %1: ŷ&lt;sub&gt;%1&lt;/sub&gt; = %2 &amp;nbsp;→&amp;nbsp; &lt;i&gt;L&lt;/i&gt; = −log %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mean squared error averages the squared differences between prediction and target:</source>
        <translation>El error cuadrático medio promedia los cuadrados de las diferencias entre predicción y objetivo:</translation>
    </message>
    <message>
        <source>Mean absolute error averages the distances between prediction and target:</source>
        <translation>El error absoluto medio promedia las distancias entre predicción y objetivo:</translation>
    </message>
    <message>
        <source>The Huber loss is squared for small differences and linear for large ones (d = ŷ − y):</source>
        <translation>La pérdida de Huber es cuadrática para diferencias pequeñas y lineal para las grandes (d = ŷ − y):</translation>
    </message>
    <message>
        <source>&lt;i&gt;L&lt;/i&gt; = ½&lt;i&gt;d&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; when |&lt;i&gt;d&lt;/i&gt;| &amp;lt; 1, else |&lt;i&gt;d&lt;/i&gt;| − ½</source>
        <translation>&lt;i&gt;L&lt;/i&gt; = ½&lt;i&gt;d&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; si |&lt;i&gt;d&lt;/i&gt;| &amp;lt; 1, si no |&lt;i&gt;d&lt;/i&gt;| − ½</translation>
    </message>
    <message>
        <source>At a prediction dropout passes values on unchanged, so the gradient passes back unchanged too.</source>
        <translation>Al predecir, dropout deja pasar los valores sin cambios, así que el gradiente también vuelve sin cambios.</translation>
    </message>
    <message>
        <source>The scale γ and the shift β learn from the gradient that reaches this layer:</source>
        <translation>La escala γ y el desplazamiento β aprenden del gradiente que llega a esta capa:</translation>
    </message>
    <message>
        <source>δ is how much the loss changes when a neuron&apos;s sum &lt;i&gt;z&lt;/i&gt; changes: δ = ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt;.</source>
        <translation>δ es cuánto cambia la pérdida cuando cambia la suma &lt;i&gt;z&lt;/i&gt; de una neurona: δ = ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>At the output, the derivatives of the activation and of the loss cancel out to a simple difference:</source>
        <translation>En la salida, las derivadas de la activación y de la pérdida se simplifican en una simple diferencia:</translation>
    </message>
    <message>
        <source>At the output, the derivative of the loss times the slope of the activation:</source>
        <translation>En la salida, la derivada de la pérdida por la pendiente de la activación:</translation>
    </message>
    <message>
        <source>A hidden neuron collects the δ of every neuron it feeds, each through the weight of that edge (the chain rule), times the slope of its own activation:</source>
        <translation>Una neurona oculta reúne el δ de cada neurona a la que alimenta, cada uno a través del peso de esa conexión (la regla de la cadena), por la pendiente de su propia activación:</translation>
    </message>
    <message>
        <source>Each weight&apos;s gradient is the input it multiplies times the δ of the neuron it enters; a bias&apos;s gradient is that δ:</source>
        <translation>El gradiente de cada peso es la entrada que multiplica por el δ de la neurona a la que llega; el gradiente de un sesgo es ese δ:</translation>
    </message>
    <message>
        <source>On the canvas, the edges into %1 now show these gradients: colour for the sign, width for the size.</source>
        <translation>En el lienzo, las conexiones que llegan a %1 muestran ahora estos gradientes: el color indica el signo y el grosor el tamaño.</translation>
    </message>
    <message>
        <source>Gradient descent moves every weight a small step against its gradient, scaled by the learning rate η = %1:</source>
        <translation>El descenso del gradiente mueve cada peso un pequeño paso en contra de su gradiente, escalado por la tasa de aprendizaje η = %1:</translation>
    </message>
    <message>
        <source>On the canvas every edge now shows how its weight would change.</source>
        <translation>En el lienzo cada conexión muestra ahora cómo cambiaría su peso.</translation>
    </message>
    <message>
        <source>Training uses %1, which keeps a memory of past gradients. On a first step from a fresh start, for %2 of %3: %4 step = %5, new value = &lt;b&gt;%6&lt;/b&gt;.</source>
        <translation>El entrenamiento usa %1, que guarda memoria de los gradientes anteriores. En un primer paso desde cero, para %2 de %3: %4 paso = %5, valor nuevo = &lt;b&gt;%6&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open Project or Data</source>
        <translation>Abrir proyecto o datos</translation>
    </message>
    <message>
        <source>Neurona projects (*.neurona);;Data files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Proyectos de Neurona (*.neurona);;Archivos de datos (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Ha fallado el guardado automático: %1</translation>
    </message>
    <message>
        <source>%1[*] — Neurona</source>
        <extracomment>%1 is the project&apos;s file name; [*] is where the unsaved-changes mark goes.</extracomment>
        <translation>%1[*] — Neurona</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new project with the tutorial network and generated data.</source>
        <translation>Empieza un proyecto nuevo con la red del tutorial y datos generados.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a Neurona project, or a CSV file as the data set.</source>
        <translation>Abre un proyecto de Neurona, o un archivo CSV como conjunto de datos.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the network, data settings, training settings and trained weights.</source>
        <translation>Guarda la red, los ajustes de los datos, los ajustes del entrenamiento y los pesos entrenados.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar el menú</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>¿Quieres guardar los cambios de %1?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation>Si no guardas, se perderán los cambios hechos desde la última vez que guardaste.</translation>
    </message>
    <message>
        <source>Cannot Load Data</source>
        <translation>No se pueden cargar los datos</translation>
    </message>
    <message>
        <source>%1 is now the data set. Undo (Ctrl+Z) brings the previous data back.</source>
        <translation>%1 es ahora el conjunto de datos. Deshacer (Ctrl+Z) recupera los datos anteriores.</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar el proyecto como</translation>
    </message>
    <message>
        <source>Neurona projects (*.neurona)</source>
        <translation>Proyectos de Neurona (*.neurona)</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Saved %1. Its data file had disappeared, so its samples are now stored in the project.</source>
        <translation>Se guardó %1. Su archivo de datos había desaparecido, así que ahora sus muestras se guardan dentro del proyecto.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>%1 does not exist any more. It may have been moved or deleted; it is removed from the list of recent files.</source>
        <translation>%1 ya no existe. Puede que se haya movido o borrado; se quita de la lista de archivos recientes.</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>un proyecto sin título</translation>
    </message>
    <message>
        <source>Restore Unsaved Work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Neurona did not close properly. Your unsaved work on %1 was autosaved at %2.</source>
        <translation>Neurona no se cerró correctamente. Tu trabajo sin guardar en %1 se guardó automáticamente el %2.</translation>
    </message>
    <message>
        <source>Restore it now? If you discard it, it is deleted.</source>
        <translation>¿Lo recuperas ahora? Si lo descartas, se borrará.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <source>Restored the autosaved work. Save it to keep it.</source>
        <translation>Se ha recuperado el trabajo guardado automáticamente. Guárdalo para conservarlo.</translation>
    </message>
    <message>
        <source>%1 could not be opened. %2

The tutorial is open instead.</source>
        <translation>No se pudo abrir %1. %2

En su lugar está abierto el tutorial.</translation>
    </message>
    <message>
        <source>Data File Missing</source>
        <translation>Falta el archivo de datos</translation>
    </message>
    <message>
        <source>The project was saved, but its data file has disappeared:
%1

A project cannot hold this data by itself (it has several targets, or its targets are its inputs). Put the file back before you open the project again, or keep the data with “Save Data as CSV…” on the Data panel.</source>
        <translation>El proyecto se guardó, pero su archivo de datos ha desaparecido:
%1

Un proyecto no puede guardar estos datos dentro de sí (tienen varios valores objetivo, o sus valores objetivo son sus entradas). Vuelve a poner el archivo en su sitio antes de abrir otra vez el proyecto, o conserva los datos con «Guardar datos como CSV…» en el panel Datos.</translation>
    </message>
</context>
<context>
    <name>Fixes</name>
    <message>
        <source>Add an output layer</source>
        <translation>Añadir una capa de salida</translation>
    </message>
    <message>
        <source>Set %1 to 1 neuron</source>
        <translation>Dejar %1 con 1 neurona</translation>
    </message>
    <message>
        <source>Set %1 to %2 neurons</source>
        <translation>Dejar %1 con %2 neuronas</translation>
    </message>
    <message>
        <source>Set output to 1 unit with %1</source>
        <translation>Dejar la salida con 1 neurona y activación %1</translation>
    </message>
    <message>
        <source>Set output to %1 units with %2</source>
        <translation>Dejar la salida con %1 neuronas y activación %2</translation>
    </message>
    <message>
        <source>%1 and the %2 loss</source>
        <translation>%1 y la pérdida %2</translation>
    </message>
    <message>
        <source>Use the %1 loss</source>
        <translation>Usar la pérdida de %1</translation>
    </message>
    <message>
        <source>Use ReLU in %1</source>
        <translation>Usar ReLU en %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Set the rate of %1 to 0.5</source>
        <translation>Poner la tasa de %1 en 0,5</translation>
    </message>
    <message>
        <source>Reset the settings of %1</source>
        <translation>Restablecer los ajustes de %1</translation>
    </message>
    <message>
        <source>Add a hidden layer of 8 tanh neurons</source>
        <translation>Añadir una capa oculta de 8 neuronas tanh</translation>
    </message>
    <message>
        <source>Use ReLU in the hidden layers</source>
        <translation>Usar ReLU en las capas ocultas</translation>
    </message>
    <message>
        <source>Use leaky ReLU in %1</source>
        <translation>Usar leaky ReLU en %1</translation>
    </message>
    <message>
        <source>Insert a Dense layer of %1 neurons before %2</source>
        <translation>Insertar una capa densa de %1 neuronas antes de %2</translation>
    </message>
    <message>
        <source>Connect the input to %1</source>
        <translation>Conectar la entrada a %1</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 con %2</translation>
    </message>
    <message>
        <source>Remove the connection into %1</source>
        <translation>Quitar la conexión que entra en %1</translation>
    </message>
    <message>
        <source>Give %1 its default name</source>
        <translation>Dar a %1 su nombre predeterminado</translation>
    </message>
</context>
<context>
    <name>ImagesView</name>
    <message>
        <source>The network cannot judge drawings yet: fix the problems, or press Step.</source>
        <translation>La red todavía no puede juzgar dibujos: corrige los problemas o pulsa Avanzar.</translation>
    </message>
    <message numerus="yes">
        <source>Added to the data: %n sample(s) in all.</source>
        <translation>
            <numerusform>Añadida a los datos: %n muestra en total.</numerusform>
            <numerusform>Añadida a los datos: %n muestras en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>This drawing could not be added: the data set is locked or is not pictures.</source>
        <translation>No se pudo añadir este dibujo: el conjunto de datos está bloqueado o no es de imágenes.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <source>Every picture of the data, with the network&apos;s answer; click one to see its feature maps on the canvas.</source>
        <translation>Todas las imágenes de los datos, con la respuesta de la red; haz clic en una para ver sus mapas de características en el lienzo.</translation>
    </message>
    <message>
        <source>Draw a picture with the mouse: add it to the data, or test what the network says about it.</source>
        <translation>Dibuja una imagen con el ratón: añádela a los datos o comprueba qué dice la red de ella.</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>✓ No problems: the network is ready to train.</source>
        <translation>✓ Sin problemas: la red está lista para entrenar.</translation>
    </message>
    <message>
        <source>1 problem to fix before training:</source>
        <translation>1 problema que resolver antes de entrenar:</translation>
    </message>
    <message>
        <source>%1 problems to fix before training:</source>
        <translation>%1 problemas que resolver antes de entrenar:</translation>
    </message>
    <message>
        <source>Ready to train, with a hint:</source>
        <translation>Lista para entrenar, con una sugerencia:</translation>
    </message>
    <message>
        <source>Click to select the layer</source>
        <translation>Haz clic para seleccionar la capa</translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation>Bloqueado por esta lección</translation>
    </message>
    <message>
        <source>The network trains, but its training shows a problem:</source>
        <translation>La red se entrena, pero su entrenamiento muestra un problema:</translation>
    </message>
    <message>
        <source>What is this? (Concepts)</source>
        <translation>¿Qué es esto? (Conceptos)</translation>
    </message>
    <message>
        <source>Explain this problem in the Concepts dock</source>
        <translation>Explicar este problema en el panel Conceptos</translation>
    </message>
</context>
<context>
    <name>KindNames</name>
    <message>
        <source>Dense</source>
        <translation>Densa</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoide</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>swish</source>
        <translation>swish</translation>
    </message>
    <message>
        <source>softplus</source>
        <translation>softplus</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>Linear: passes the weighted sum through unchanged. Use it on the output for regression.</source>
        <translation>Lineal: deja pasar la suma ponderada sin cambios. Úsala en la salida para la regresión.</translation>
    </message>
    <message>
        <source>Sigmoid: squashes any number into 0…1. One sigmoid output gives the probability of a yes/no answer.</source>
        <translation>Sigmoide: comprime cualquier número en el intervalo 0…1. Una salida sigmoide da la probabilidad de una respuesta de sí o no.</translation>
    </message>
    <message>
        <source>tanh: an S-shaped curve from −1 to 1, centred on zero. A good choice for small hidden layers.</source>
        <translation>tanh: una curva en forma de S que va de −1 a 1, centrada en cero. Buena opción para capas ocultas pequeñas.</translation>
    </message>
    <message>
        <source>ReLU: keeps positive values and turns negative ones into 0. Fast and the usual default for hidden layers.</source>
        <translation>ReLU: conserva los valores positivos y convierte los negativos en 0. Es rápida y la opción habitual en las capas ocultas.</translation>
    </message>
    <message>
        <source>Leaky ReLU: like ReLU, but negative values keep a small slope (alpha), so neurons never go completely silent.</source>
        <translation>Leaky ReLU: como ReLU, pero los valores negativos conservan una pequeña pendiente (alfa), así que las neuronas nunca se apagan del todo.</translation>
    </message>
    <message>
        <source>ELU: like ReLU for positive values, a smooth curve towards −alpha for negative ones.</source>
        <translation>ELU: como ReLU para los valores positivos y, para los negativos, una curva suave que tiende a −alfa.</translation>
    </message>
    <message>
        <source>SELU: a scaled ELU that keeps the signal&apos;s mean and spread stable in deep stacks.</source>
        <translation>SELU: una ELU escalada que mantiene estables la media y la dispersión de la señal en redes profundas.</translation>
    </message>
    <message>
        <source>GELU: a smooth ReLU that weighs each value by how likely it is to be positive.</source>
        <translation>GELU: una ReLU suave que pondera cada valor según la probabilidad de que sea positivo.</translation>
    </message>
    <message>
        <source>Swish: x · sigmoid(x), a smooth curve that dips slightly below zero.</source>
        <translation>Swish: x · sigmoide(x), una curva suave que baja un poco por debajo de cero.</translation>
    </message>
    <message>
        <source>Softplus: a smooth version of ReLU, log(1 + eˣ).</source>
        <translation>Softplus: una versión suave de ReLU, log(1 + eˣ).</translation>
    </message>
    <message>
        <source>Softmax: turns the output layer into probabilities that add up to 1, one per class. Only for the last layer.</source>
        <translation>Softmax: convierte la capa de salida en probabilidades que suman 1, una por clase. Solo para la última capa.</translation>
    </message>
    <message>
        <source>uniform (−0.5…0.5)</source>
        <translation>uniforme (−0,5…0,5)</translation>
    </message>
    <message>
        <source>Glorot uniform</source>
        <translation>Glorot uniforme</translation>
    </message>
    <message>
        <source>Glorot normal</source>
        <translation>Glorot normal</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He uniforme</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He normal</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>ceros</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>error cuadrático medio</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>error absoluto medio</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>entropía cruzada binaria</translation>
    </message>
    <message>
        <source>categorical cross-entropy</source>
        <translation>entropía cruzada categórica</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>clasificación binaria</translation>
    </message>
    <message>
        <source>multi-class classification</source>
        <translation>clasificación multiclase</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>Gaussian quantiles</source>
        <translation>cuantiles gaussianos</translation>
    </message>
    <message>
        <source>circles</source>
        <translation>círculos</translation>
    </message>
    <message>
        <source>moons</source>
        <translation>lunas</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>blobs</source>
        <translation>manchas</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>espiral</translation>
    </message>
    <message>
        <source>checkerboard</source>
        <translation>tablero</translation>
    </message>
    <message>
        <source>stripes</source>
        <translation>franjas</translation>
    </message>
    <message>
        <source>plane</source>
        <translation>plano</translation>
    </message>
    <message>
        <source>Gaussian mixture</source>
        <translation>mezcla gaussiana</translation>
    </message>
    <message>
        <source>sine</source>
        <translation>seno</translation>
    </message>
    <message>
        <source>Spread (variance)</source>
        <translation>Dispersión (varianza)</translation>
    </message>
    <message>
        <source>Inner circle size</source>
        <translation>Tamaño del círculo interior</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Separación</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Vueltas</translation>
    </message>
    <message>
        <source>Cells per side</source>
        <translation>Casillas por lado</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bandas</translation>
    </message>
    <message>
        <source>Angle (degrees)</source>
        <translation>Ángulo (grados)</translation>
    </message>
    <message>
        <source>Weight of x₁</source>
        <translation>Peso de x₁</translation>
    </message>
    <message>
        <source>Weight of x₂</source>
        <translation>Peso de x₂</translation>
    </message>
    <message>
        <source>Bumps</source>
        <translation>Picos</translation>
    </message>
    <message>
        <source>Bump width</source>
        <translation>Anchura de los picos</translation>
    </message>
    <message>
        <source>How far the points spread around the centre; the classes are rings of equal share at any spread.</source>
        <translation>Cuánto se dispersan los puntos alrededor del centro; las clases son anillos con la misma parte de puntos sea cual sea la dispersión.</translation>
    </message>
    <message>
        <source>The inner circle&apos;s radius as a share of the outer one&apos;s: near 1 the two circles almost touch.</source>
        <translation>El radio del círculo interior como fracción del exterior: cerca de 1, los dos círculos casi se tocan.</translation>
    </message>
    <message>
        <source>The empty margin along the axes between the four quarters.</source>
        <translation>El margen vacío a lo largo de los ejes entre los cuatro cuadrantes.</translation>
    </message>
    <message>
        <source>How wide each blob is: wide blobs overlap and are harder to separate.</source>
        <translation>Lo ancha que es cada nube: las nubes anchas se solapan y cuesta más separarlas.</translation>
    </message>
    <message>
        <source>How many times each arm winds around the centre: more turns need a more curved boundary.</source>
        <translation>Cuántas veces da cada brazo la vuelta al centro: más vueltas piden una frontera más curva.</translation>
    </message>
    <message>
        <source>How many squares along each side of the board.</source>
        <translation>Cuántas casillas hay en cada lado del tablero.</translation>
    </message>
    <message>
        <source>How many parallel bands cross the plane.</source>
        <translation>Cuántas bandas paralelas cruzan el plano.</translation>
    </message>
    <message>
        <source>The direction of the bands, in degrees.</source>
        <translation>La dirección de las bandas, en grados.</translation>
    </message>
    <message>
        <source>How strongly the value follows x₁.</source>
        <translation>Cuánto depende el valor de x₁.</translation>
    </message>
    <message>
        <source>How strongly the value follows x₂.</source>
        <translation>Cuánto depende el valor de x₂.</translation>
    </message>
    <message>
        <source>How many bumps the surface has.</source>
        <translation>Cuántos picos tiene la superficie.</translation>
    </message>
    <message>
        <source>How wide each bump is.</source>
        <translation>Lo ancho que es cada pico.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Concat</source>
        <translation>Concatenar</translation>
    </message>
    <message>
        <source>Conv2D</source>
        <translation>Conv2D</translation>
    </message>
    <message>
        <source>MaxPool2D</source>
        <translation>MaxPool2D</translation>
    </message>
    <message>
        <source>AvgPool2D</source>
        <translation>AvgPool2D</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Aplanar</translation>
    </message>
    <message>
        <source>shapes</source>
        <translation>formas</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barras</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>Picture size (pixels)</source>
        <translation>Tamaño de imagen (píxeles)</translation>
    </message>
    <message>
        <source>Shift (pixels)</source>
        <translation>Desplazamiento (píxeles)</translation>
    </message>
    <message>
        <source>The pictures&apos; height and width: 16 makes 256 pixels, one input each.</source>
        <translation>La altura y la anchura de las imágenes: 16 da 256 píxeles, una entrada cada uno.</translation>
    </message>
    <message>
        <source>How far each picture may be moved from the centre, in pixels.</source>
        <translation>Cuánto puede apartarse cada imagen del centro, en píxeles.</translation>
    </message>
</context>
<context>
    <name>LayerMapView</name>
    <message>
        <source>How each layer bends space</source>
        <translation>Cómo dobla el espacio cada capa</translation>
    </message>
    <message>
        <source>How each layer bends space is shown for data with two inputs and no extra inputs: this network does not see a plane.</source>
        <translation>Cómo dobla el espacio cada capa se muestra para datos con dos entradas y sin entradas adicionales: esta red no ve un plano.</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;Capa:</translation>
    </message>
    <message>
        <source>Layer shown</source>
        <translation>Capa mostrada</translation>
    </message>
    <message>
        <source>The grid of the input plane and the training points, as the chosen layer sees them</source>
        <translation>La cuadrícula del plano de entrada y los puntos de entrenamiento, tal como los ve la capa elegida</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>axis 1</source>
        <translation>eje 1</translation>
    </message>
    <message>
        <source>axis 2</source>
        <translation>eje 2</translation>
    </message>
</context>
<context>
    <name>LayerProperties</name>
    <message>
        <source>units</source>
        <translation>neuronas</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alfa</translation>
    </message>
    <message>
        <source>weight initialisation</source>
        <translation>inicialización de pesos</translation>
    </message>
    <message>
        <source>bias initialisation</source>
        <translation>inicialización de sesgos</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>penalización L1</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>penalización L2</translation>
    </message>
    <message>
        <source>dropout rate</source>
        <translation>tasa de dropout</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation>épsilon</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filtros</translation>
    </message>
    <message>
        <source>filter size</source>
        <translation>tamaño del filtro</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>tamaño de agrupación</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>relleno</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>Press Play to start; the goal is checked at epoch %1.</source>
        <translation>Pulsa Reproducir para empezar; el objetivo se comprueba en la época %1.</translation>
    </message>
    <message>
        <source>Epoch %1: %2 = %3.</source>
        <translation>Época %1: %2 = %3.</translation>
    </message>
    <message>
        <source>✓ Goal reached: %1 = %2.</source>
        <translation>✓ Objetivo conseguido: %1 = %2.</translation>
    </message>
    <message>
        <source>Not reached: %1 = %2. Change something and press Reset to try again.</source>
        <translation>No conseguido: %1 = %2. Cambia algo y pulsa Reiniciar para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Cannot Open Lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <source>%1 could not be opened.</source>
        <translation>No se ha podido abrir %1.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3).</source>
        <translation>%1 no es un JSON válido (%2 en el carácter %3).</translation>
    </message>
    <message>
        <source>%1 is not a lesson index of version 1 (&quot;format&quot;: &quot;neurona-lessons&quot;).</source>
        <translation>%1 no es un índice de lecciones de la versión 1 (&quot;format&quot;: &quot;neurona-lessons&quot;).</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Lección %1</translation>
    </message>
    <message>
        <source>Lesson “%1”</source>
        <translation>Lección «%1»</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>it needs an &quot;id&quot; and an English title.</source>
        <translation>necesita un &quot;id&quot; y un título en inglés.</translation>
    </message>
    <message>
        <source>the project file “%1” is missing.</source>
        <translation>falta el archivo de proyecto «%1».</translation>
    </message>
    <message>
        <source>it needs an English text.</source>
        <translation>necesita un texto en inglés.</translation>
    </message>
    <message>
        <source>the text file “%1” is missing.</source>
        <translation>falta el archivo de texto «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a control a lesson can lock (%2).</source>
        <translation>«%1» no es un control que una lección pueda bloquear (%2).</translation>
    </message>
    <message>
        <source>the goal needs a &quot;metric&quot; (accuracy, r2 or loss), a &quot;split&quot; (validation or train), &quot;epochs&quot; and &quot;atLeast&quot; or &quot;atMost&quot;.</source>
        <translation>el objetivo necesita una &quot;metric&quot; (accuracy, r2 o loss), un &quot;split&quot; (validation o train), &quot;epochs&quot; y &quot;atLeast&quot; o &quot;atMost&quot;.</translation>
    </message>
    <message>
        <source>%1 lists no lessons.</source>
        <translation>%1 no contiene ninguna lección.</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>exactitud de validación</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>exactitud de entrenamiento</translation>
    </message>
    <message>
        <source>validation R²</source>
        <translation>R² de validación</translation>
    </message>
    <message>
        <source>training R²</source>
        <translation>R² de entrenamiento</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Goal: %1 between %2 and %3 after %4 epochs.</source>
        <translation>Objetivo: %1 entre %2 y %3 tras %4 épocas.</translation>
    </message>
    <message>
        <source>Goal: %1 of at least %2 after %3 epochs.</source>
        <translation>Objetivo: %1 de al menos %2 tras %3 épocas.</translation>
    </message>
    <message>
        <source>Goal: %1 of at most %2 after %3 epochs.</source>
        <translation>Objetivo: %1 de como máximo %2 tras %3 épocas.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Restart Lesson</source>
        <translation>Reiniciar la lección</translation>
    </message>
    <message>
        <source>Open the lesson&apos;s project again, as it was at the start</source>
        <translation>Vuelve a abrir el proyecto de la lección tal como estaba al principio</translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation>Cerrar la lección</translation>
    </message>
    <message>
        <source>End the lesson and unlock every control; the network stays as it is</source>
        <translation>Termina la lección y desbloquea todos los controles; la red se queda como está</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>No hay ninguna lección abierta</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a lesson from &lt;b&gt;File ▸ Lessons&lt;/b&gt;. Each one opens a project, explains what to look at and what to try, and sets a goal you can reach.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elige una lección en &lt;b&gt;Archivo ▸ Lecciones&lt;/b&gt;. Cada una abre un proyecto, explica qué observar y qué probar, y propone un objetivo que puedes conseguir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lesson %1 · %2</source>
        <translation>Lección %1 · %2</translation>
    </message>
    <message>
        <source>Locked in this lesson: %1.</source>
        <translation>Bloqueado en esta lección: %1.</translation>
    </message>
</context>
<context>
    <name>Locks</name>
    <message>
        <source>the network</source>
        <translation>la red</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>los datos</translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation>el optimizador</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>el tamaño del lote</translation>
    </message>
    <message>
        <source>the loss function</source>
        <translation>la función de pérdida</translation>
    </message>
    <message>
        <source>the L1 and L2 penalties</source>
        <translation>las penalizaciones L1 y L2</translation>
    </message>
</context>
<context>
    <name>LossLandscapeView</name>
    <message>
        <source>Loss landscape</source>
        <translation>Paisaje de la pérdida</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calcular</translation>
    </message>
    <message>
        <source>Compute the loss landscape</source>
        <translation>Calcular el paisaje de la pérdida</translation>
    </message>
    <message>
        <source>Computes the loss on a slice through the current weights along two random directions</source>
        <translation>Calcula la pérdida en un corte que pasa por los pesos actuales a lo largo de dos direcciones aleatorias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the loss landscape</source>
        <translation>Cancelar el paisaje de la pérdida</translation>
    </message>
    <message>
        <source>Loss landscape progress</source>
        <translation>Progreso del paisaje de la pérdida</translation>
    </message>
    <message>
        <source>Loss landscape around the current weights, with the training path</source>
        <translation>Paisaje de la pérdida alrededor de los pesos actuales, con el camino del entrenamiento</translation>
    </message>
    <message>
        <source>direction 1</source>
        <translation>dirección 1</translation>
    </message>
    <message>
        <source>direction 2</source>
        <translation>dirección 2</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>pérdida (escala logarítmica)</translation>
    </message>
    <message>
        <source>Compute the loss around the current weights.</source>
        <translation>Calcula la pérdida alrededor de los pesos actuales.</translation>
    </message>
    <message>
        <source>Computing the loss landscape…</source>
        <translation>Calculando el paisaje de la pérdida…</translation>
    </message>
    <message>
        <source>The loss around the current weights (at the centre); the line is the path of training.</source>
        <translation>La pérdida alrededor de los pesos actuales (en el centro); la línea es el camino del entrenamiento.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Train the network first: there are no weights to look around.</source>
        <translation>Entrena primero la red: no hay pesos alrededor de los cuales mirar.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>epoch %1: loss %2</source>
        <translation>época %1: pérdida %2</translation>
    </message>
    <message>
        <source>, validation loss %1</source>
        <translation>, pérdida de validación %1</translation>
    </message>
    <message>
        <source>, R² %1</source>
        <translation>, R² %1</translation>
    </message>
    <message>
        <source>, accuracy %1%</source>
        <translation>, exactitud %1&#xa0;%</translation>
    </message>
    <message>
        <source>, validation R² %1</source>
        <translation>, R² de validación %1</translation>
    </message>
    <message>
        <source>, validation accuracy %1%</source>
        <translation>, exactitud de validación %1&#xa0;%</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, where each step down the axis is 10 times smaller, so the small improvements of the late epochs stay visible.</source>
        <translation>Muestra la pérdida en escala logarítmica, donde cada división hacia abajo del eje es 10 veces menor, para que se sigan viendo las pequeñas mejoras de las últimas épocas.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <message>
        <source>Concepts</source>
        <translation>Conceptos</translation>
    </message>
    <message>
        <source>Select a Dense layer first, or drop the activation onto one.</source>
        <translation>Primero selecciona una capa Densa o suelta la activación sobre una.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete Layer</source>
        <translation>&amp;Eliminar capa</translation>
    </message>
    <message>
        <source>D&amp;uplicate Layer</source>
        <translation>D&amp;uplicar capa</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ac&amp;ercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Export Network Picture…</source>
        <translation>&amp;Exportar imagen de la red…</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nueva red desde &amp;plantilla</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>¿Qué es es&amp;to?</translation>
    </message>
    <message>
        <source>Click a control afterwards to read the idea behind it.</source>
        <translation>Después, haz clic en un control para leer la idea que hay detrás.</translation>
    </message>
    <message>
        <source>Fit Net&amp;work to View</source>
        <translation>Ajustar la &amp;red a la vista</translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation>Bloqueado por esta lección</translation>
    </message>
    <message>
        <source>Network canvas</source>
        <translation>Lienzo de la red</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontera de decisión</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>Restablecer &amp;disposición</translation>
    </message>
    <message>
        <source>E&amp;xperiment Board</source>
        <translation>&amp;Tablero de experimentos</translation>
    </message>
    <message>
        <source>New S&amp;weep…</source>
        <translation>Nuevo &amp;barrido…</translation>
    </message>
    <message>
        <source>E&amp;xplain One Step</source>
        <translation>E&amp;xplicar un paso</translation>
    </message>
    <message>
        <source>Follow one sample through the network, forward and back, with the real numbers</source>
        <translation>Sigue un ejemplo a través de la red, hacia delante y hacia atrás, con los números reales</translation>
    </message>
    <message>
        <source>Previous Stage</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <source>Next Stage</source>
        <translation>Etapa siguiente</translation>
    </message>
    <message>
        <source>Explain One Step</source>
        <translation>Explicar un paso</translation>
    </message>
    <message>
        <source>NumPy Code</source>
        <translation>Código NumPy</translation>
    </message>
    <message>
        <source>Training Health</source>
        <translation>Salud del entrenamiento</translation>
    </message>
    <message>
        <source>How Layers Bend Space</source>
        <translation>Cómo doblan el espacio las capas</translation>
    </message>
    <message>
        <source>Loss Landscape</source>
        <translation>Paisaje de la pérdida</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Samples and drawing pad</source>
        <translation>Muestras y panel de dibujo</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation>Matriz de confusión (filas: clase real; columnas: predicha)</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Validation / test</source>
        <translation>Validación / prueba</translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <source>Export Model</source>
        <translation>Exportar modelo</translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>Modelo ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>NumPy script (*.py)</source>
        <translation>Script de NumPy (*.py)</translation>
    </message>
    <message>
        <source>PyTorch script (*.py)</source>
        <translation>Script de PyTorch (*.py)</translation>
    </message>
    <message>
        <source>Keras script (*.py)</source>
        <translation>Script de Keras (*.py)</translation>
    </message>
    <message>
        <source>C++ header (*.h)</source>
        <translation>Cabecera de C++ (*.h)</translation>
    </message>
    <message>
        <source>Neurona model (*.json)</source>
        <translation>Modelo de Neurona (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;Model…</source>
        <translation>Exportar &amp;modelo…</translation>
    </message>
    <message>
        <source>Save the trained network for use in other programs</source>
        <translation>Guardar la red entrenada para usarla en otros programas</translation>
    </message>
    <message>
        <source>Train the network first: there is no trained model to export yet</source>
        <translation>Primero entrena la red: todavía no hay un modelo entrenado que exportar</translation>
    </message>
    <message>
        <source>Cannot Export Model</source>
        <translation>No se puede exportar el modelo</translation>
    </message>
    <message>
        <source>Exported the model (epoch %1) to %2</source>
        <translation>Modelo (época %1) exportado a %2</translation>
    </message>
    <message>
        <source>PyTorch training script (*.py)</source>
        <translation>Script de entrenamiento de PyTorch (*.py)</translation>
    </message>
</context>
<context>
    <name>NetworkScene</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 característica</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 características</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>from the data set</source>
        <translation>del conjunto de datos</translation>
    </message>
    <message>
        <source>The input layer: one neuron per column of the data set. Its size follows the data.</source>
        <translation>La capa de entrada: una neurona por cada columna del conjunto de datos. Su tamaño depende de los datos.</translation>
    </message>
    <message>
        <source>normalises</source>
        <translation>normaliza</translation>
    </message>
    <message>
        <source>1 parameter</source>
        <translation>1 parámetro</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 parámetros</translation>
    </message>
    <message>
        <source>%1: %2. Drag to reorder, wheel or +/− to change the units, double-click for all settings.</source>
        <translation>%1: %2. Arrastra para reordenar, usa la rueda o +/− para cambiar las neuronas y haz doble clic para ver todos los ajustes.</translation>
    </message>
    <message>
        <source>1 problem to fix before training</source>
        <translation>1 problema que resolver antes de entrenar</translation>
    </message>
    <message>
        <source>%1 problems to fix before training</source>
        <translation>%1 problemas que resolver antes de entrenar</translation>
    </message>
    <message>
        <source>Ready to train · see the hint</source>
        <translation>Lista para entrenar · mira la sugerencia</translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation>Lista para entrenar</translation>
    </message>
    <message>
        <source>drops at random</source>
        <translation>apaga al azar</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Trained to epoch %1</source>
        <translation>Entrenada hasta la época %1</translation>
    </message>
    <message>
        <source>adds its inputs</source>
        <translation>suma sus entradas</translation>
    </message>
    <message>
        <source>joins its inputs</source>
        <translation>une sus entradas</translation>
    </message>
    <message>
        <source>%1: %2. Drag to move, drag from its right port to another block to connect, double-click for all settings.</source>
        <translation>%1: %2. Arrastra para mover, arrastra desde su puerto derecho hasta otro bloque para conectarlos, doble clic para todos los ajustes.</translation>
    </message>
    <message>
        <source>%1 already reads %2.</source>
        <translation>%1 ya lee %2.</translation>
    </message>
    <message>
        <source>A wire from %1 to %2 would make a loop: values flow through a network one way only.</source>
        <translation>Un cable de %1 a %2 formaría un bucle: los valores recorren una red en un solo sentido.</translation>
    </message>
    <message>
        <source>A wire from %1 to %2. Click it and press Delete to remove it; drop a layer on it to insert the layer here. From the keyboard: select %2, then ↓ picks its wires.</source>
        <translation>Un cable de %1 a %2. Haz clic en él y pulsa Supr para quitarlo; suelta una capa sobre él para insertarla aquí. Con el teclado: selecciona %2 y ↓ elige sus cables.</translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, grey</source>
        <translation>%1 × %2 píxeles, gris</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 channels</source>
        <translation>%1 × %2 píxeles, %3 canales</translation>
    </message>
    <message>
        <source>The input layer: the picture, one map per colour channel. It shows the sample chosen in the gallery, or what you draw on the pad.</source>
        <translation>La capa de entrada: la imagen, un mapa por canal de color. Muestra la muestra elegida en la galería o lo que dibujas en el panel.</translation>
    </message>
    <message>
        <source>%1 filters %2 × %3, %4</source>
        <translation>%1 filtros %2 × %3, %4</translation>
    </message>
    <message>
        <source>largest of %1 × %2</source>
        <translation>máximo de %1 × %2</translation>
    </message>
    <message>
        <source>average of %1 × %2</source>
        <translation>promedio de %1 × %2</translation>
    </message>
    <message>
        <source>unrolls the maps</source>
        <translation>despliega los mapas</translation>
    </message>
</context>
<context>
    <name>NetworkTemplates</name>
    <message>
        <source>Tutorial network [2, 4, 8, 1]</source>
        <translation>Red del tutorial [2, 4, 8, 1]</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Regresión logística</translation>
    </message>
    <message>
        <source>XOR 2-4-1</source>
        <translation>XOR 2-4-1</translation>
    </message>
    <message>
        <source>Deep spiral 2-16-16-16-1</source>
        <translation>Espiral profunda 2-16-16-16-1</translation>
    </message>
    <message>
        <source>Softmax for K classes</source>
        <translation>Softmax para K clases</translation>
    </message>
    <message>
        <source>Two hidden layers of 4 and 8 ReLU neurons and one sigmoid output: the classic first network.</source>
        <translation>Dos capas ocultas de 4 y 8 neuronas ReLU y una salida sigmoide: la clásica primera red.</translation>
    </message>
    <message>
        <source>No hidden layer: a single sigmoid neuron that draws a straight boundary.</source>
        <translation>Sin capa oculta: una sola neurona sigmoide que traza una frontera recta.</translation>
    </message>
    <message>
        <source>One hidden layer of 4 tanh neurons: just enough to solve XOR.</source>
        <translation>Una capa oculta de 4 neuronas tanh: justo lo necesario para resolver el XOR.</translation>
    </message>
    <message>
        <source>Three hidden layers of 16 tanh neurons, deep enough for the two spirals.</source>
        <translation>Tres capas ocultas de 16 neuronas tanh: profundidad suficiente para las dos espirales.</translation>
    </message>
    <message>
        <source>One hidden layer and a softmax output with one neuron per class of the data set.</source>
        <translation>Una capa oculta y una salida softmax con una neurona por cada clase del conjunto de datos.</translation>
    </message>
    <message>
        <source>Apply template %1</source>
        <translation>Aplicar la plantilla %1</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Properties…</source>
        <translation>Propiedades…</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>More neurons</source>
        <translation>Más neuronas</translation>
    </message>
    <message>
        <source>Fewer neurons</source>
        <translation>Menos neuronas</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Mover a la izquierda</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Mover a la derecha</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add Dense Layer Here</source>
        <translation>Añadir capa Densa aquí</translation>
    </message>
    <message>
        <source>Add Dropout Here</source>
        <translation>Añadir Dropout aquí</translation>
    </message>
    <message>
        <source>Add BatchNorm Here</source>
        <translation>Añadir BatchNorm aquí</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>Ajustar a la vista</translation>
    </message>
    <message>
        <source>Export Picture…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>The input layer is always there: its size comes from the data set.</source>
        <translation>La capa de entrada siempre está ahí: su tamaño lo fija el conjunto de datos.</translation>
    </message>
    <message>
        <source>Neurona network</source>
        <translation>Red de Neurona</translation>
    </message>
    <message>
        <source>Export Network Picture</source>
        <translation>Exportar imagen de la red</translation>
    </message>
    <message>
        <source>network.png</source>
        <translation>red.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>No se ha podido guardar %1</translation>
    </message>
    <message>
        <source>This lesson keeps the network as it is.</source>
        <translation>Esta lección mantiene la red tal como está.</translation>
    </message>
    <message>
        <source>Arranged the network in columns, from the input on the left.</source>
        <translation>Red ordenada en columnas, con la entrada a la izquierda.</translation>
    </message>
    <message>
        <source>&amp;Arrange Network</source>
        <translation>&amp;Ordenar la red</translation>
    </message>
    <message>
        <source>Lay the network out in columns, left to right, with few crossing wires</source>
        <translation>Coloca la red en columnas, de izquierda a derecha, con pocos cables que se crucen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Places every block of a network with branches in columns: each block one column right of the furthest block it reads, and the blocks of a column in the order of what they read, so few wires cross. One step to undo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Coloca en columnas cada bloque de una red con ramas: cada bloque una columna a la derecha del bloque más lejano que lee, y los bloques de una columna en el orden de lo que leen, para que se crucen pocos cables. Se deshace en un paso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove Wire</source>
        <translation>Quitar el cable</translation>
    </message>
    <message>
        <source>Select a block first (← →); ↑ and ↓ then pick the wires into it.</source>
        <translation>Selecciona primero un bloque (← →); después ↑ y ↓ eligen los cables que entran en él.</translation>
    </message>
    <message>
        <source>%1 reads nothing yet: draw a wire into it, or choose Read From in its menu.</source>
        <translation>%1 todavía no lee nada: dibuja un cable hacia él o elige Leer de en su menú.</translation>
    </message>
    <message>
        <source>Wire %1 of %2 into %3, from %4. Delete removes it; Escape goes back to the block.</source>
        <translation>Cable %1 de %2 hacia %3, desde %4. Supr lo quita; Esc vuelve al bloque.</translation>
    </message>
    <message>
        <source>No wire drawn.</source>
        <translation>No se ha dibujado ningún cable.</translation>
    </message>
    <message>
        <source>Read From</source>
        <translation>Leer de</translation>
    </message>
    <message>
        <source>Stop Reading</source>
        <translation>Dejar de leer</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PalettePanel</name>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>The input layer holds one neuron per column of your data (x₁, x₂, …). Every network has exactly one, and its size comes from the data set.</source>
        <translation>La capa de entrada tiene una neurona por cada columna de tus datos (x₁, x₂, …). Toda red tiene exactamente una, y su tamaño lo fija el conjunto de datos.</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Densa</translation>
    </message>
    <message>
        <source>A fully connected layer: every neuron adds up all the values of the previous layer, each times its own weight, plus a bias, then applies its activation.</source>
        <translation>Una capa totalmente conectada: cada neurona suma todos los valores de la capa anterior, cada uno multiplicado por su propio peso, le añade un sesgo y después aplica su activación.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>While training, switches off a random share of the values passing through, so the network cannot rely on any single neuron. It reduces overfitting.</source>
        <translation>Durante el entrenamiento, apaga al azar una parte de los valores que pasan por ella, para que la red no pueda depender de ninguna neurona concreta. Reduce el sobreajuste.</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <source>Batch normalisation: rescales each value to mean 0 and spread 1 over the batch, then lets the network learn a better scale. Deep networks train faster.</source>
        <translation>Normalización por lotes: reescala cada valor para que tenga media 0 y dispersión 1 en el lote, y después deja que la red aprenda una escala mejor. Las redes profundas se entrenan más rápido.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>The last Dense layer gives the answer: 1 sigmoid neuron for yes/no, one softmax neuron per class, or 1 linear neuron for a number. Dropped here, it fits the data set&apos;s task.</source>
        <translation>La última capa Densa da la respuesta: 1 neurona sigmoide para sí o no, una neurona softmax por clase o 1 neurona lineal para un número. Si la sueltas aquí, se adapta a la tarea del conjunto de datos.</translation>
    </message>
    <message>
        <source>Drag a layer onto the canvas, between the layers where it should go, or onto a wire. Drop an activation on a Dense layer to change it. Drag from a block&apos;s right port to another block to connect them.</source>
        <translation>Arrastra una capa al lienzo, entre las capas donde debe ir, o sobre un cable. Suelta una activación sobre una capa densa para cambiarla. Arrastra desde el puerto derecho de un bloque hasta otro bloque para conectarlos.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Adds its inputs value by value (they must be equally wide). Wire a layer&apos;s input past a few layers into an Add to make a shortcut, as in a residual network.</source>
        <translation>Suma sus entradas valor a valor (deben tener la misma anchura). Conecta la entrada de una capa, saltando unas cuantas capas, con una Suma para crear un atajo, como en una red residual.</translation>
    </message>
    <message>
        <source>Concat</source>
        <translation>Concatenar</translation>
    </message>
    <message>
        <source>Puts the values of its inputs side by side, in the order of its wires: two branches of 4 and 3 give 7 values.</source>
        <translation>Pone los valores de sus entradas uno junto a otro, en el orden de sus cables: dos ramas de 4 y 3 dan 7 valores.</translation>
    </message>
    <message>
        <source>Conv2D</source>
        <translation>Conv2D</translation>
    </message>
    <message>
        <source>For pictures: each filter, a small window of weights, slides over the picture and gives a map of where its pattern appears. Needs image data.</source>
        <translation>Para imágenes: cada filtro, una pequeña ventana de pesos, se desliza sobre la imagen y da un mapa de dónde aparece su patrón. Necesita datos de imagen.</translation>
    </message>
    <message>
        <source>MaxPool2D</source>
        <translation>MaxPool2D</translation>
    </message>
    <message>
        <source>Shrinks each map by keeping the largest value of every small window (2 × 2 halves the width and the height), so a pattern may move a little.</source>
        <translation>Reduce cada mapa conservando el valor mayor de cada ventana pequeña (2 × 2 divide a la mitad la anchura y la altura), así que un patrón puede moverse un poco.</translation>
    </message>
    <message>
        <source>AvgPool2D</source>
        <translation>AvgPool2D</translation>
    </message>
    <message>
        <source>Shrinks each map by averaging every small window (2 × 2 halves the width and the height).</source>
        <translation>Reduce cada mapa promediando cada ventana pequeña (2 × 2 divide a la mitad la anchura y la altura).</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Aplanar</translation>
    </message>
    <message>
        <source>Unrolls the maps into one column of values (row by row, channels last), so Dense layers can read them.</source>
        <translation>Despliega los mapas en una columna de valores (fila a fila, con los canales al final) para que las capas densas puedan leerlos.</translation>
    </message>
</context>
<context>
    <name>PlotSaveMenu</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Plot as PDF</source>
        <translation>Guardar gráfica como PDF</translation>
    </message>
    <message>
        <source>Save Plot as PNG</source>
        <translation>Guardar gráfica como PNG</translation>
    </message>
    <message>
        <source>Save Plot</source>
        <translation>Guardar gráfica</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se ha podido escribir %1.</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Fill the whole screen, for a projector or a smart board</source>
        <translation>Ocupa toda la pantalla, para un proyector o una pizarra digital</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Make every text in the window larger, so the back rows can read it</source>
        <translation>Agranda todos los textos de la ventana, para que se lean desde las últimas filas</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texto más pe&amp;queño</translation>
    </message>
    <message>
        <source>Make every text in the window smaller</source>
        <translation>Reduce todos los textos de la ventana</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>Return the text to its usual size</source>
        <translation>Devuelve el texto a su tamaño habitual</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>White text on a black background, for bright rooms and low vision</source>
        <translation>Texto blanco sobre fondo negro, para aulas muy iluminadas y para personas con baja visión</translation>
    </message>
    <message>
        <source>&amp;Colour-Blind-Safe Colours</source>
        <translation>&amp;Colores aptos para daltónicos</translation>
    </message>
    <message>
        <source>Draw classes and the decision boundary with colours that people with colour blindness can tell apart</source>
        <translation>Dibuja las clases y la frontera de decisión con colores que las personas con daltonismo pueden distinguir</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>%1: %2</source>
        <extracomment>One bar of the drawing pad&apos;s probabilities: a class and its probability, e.g. &quot;7: 93%&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No probabilities yet: draw something to test the network</source>
        <translation>Todavía no hay probabilidades: dibuja algo para probar la red</translation>
    </message>
    <message>
        <source>%1, highest</source>
        <translation>%1, la más alta</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>Probabilidades de las clases</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add %1 layer</source>
        <translation>Añadir capa %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Remove %1 layers</source>
        <translation>Eliminar %1 capas</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Duplicate %1 layers</source>
        <translation>Duplicar %1 capas</translation>
    </message>
    <message>
        <source>Generate data</source>
        <translation>Generar datos</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>Cargar %1</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>Eliminar punto</translation>
    </message>
    <message>
        <source>Change data preparation</source>
        <translation>Cambiar la preparación de los datos</translation>
    </message>
    <message>
        <source>Reset training</source>
        <translation>Reiniciar el entrenamiento</translation>
    </message>
    <message>
        <source>Train to epoch %1</source>
        <translation>Entrenar hasta la época %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <source>Rename Run</source>
        <translation>Renombrar ejecución</translation>
    </message>
    <message>
        <source>Pin Run</source>
        <translation>Fijar ejecución</translation>
    </message>
    <message>
        <source>Unpin Run</source>
        <translation>Soltar ejecución</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Run(s)</source>
        <translation>
            <numerusform>Eliminar %n ejecución</numerusform>
            <numerusform>Eliminar %n ejecuciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep at Most %n Run(s)</source>
        <translation>
            <numerusform>Guardar como máximo %n ejecución</numerusform>
            <numerusform>Guardar como máximo %n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Recuperar %1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 con %2</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Desconectar %1 de %2</translation>
    </message>
    <message>
        <source>Move %1 blocks</source>
        <translation>Mover %1 bloques</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>Draw a sample of %1</source>
        <translation>Dibujar una muestra de %1</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Select a layer on the canvas to see and change its settings.</source>
        <translation>Selecciona una capa en el lienzo para ver y cambiar sus ajustes.</translation>
    </message>
    <message>
        <source>Neurons:</source>
        <translation>Neuronas:</translation>
    </message>
    <message>
        <source>How many neurons this layer has. More neurons can draw more complex boundaries, but learn more slowly and overfit more easily.</source>
        <translation>Cuántas neuronas tiene esta capa. Con más neuronas se pueden trazar fronteras más complejas, pero se aprende más despacio y se cae antes en el sobreajuste.</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Activación:</translation>
    </message>
    <message>
        <source>The function each neuron applies to its weighted sum. Without one, stacked layers would be no better than a single layer.</source>
        <translation>La función que cada neurona aplica a su suma ponderada. Sin ella, apilar capas no serviría más que una sola capa.</translation>
    </message>
    <message>
        <source>Alpha:</source>
        <translation>Alfa:</translation>
    </message>
    <message>
        <source>Slope for negative inputs (leaky ReLU) or the negative limit (ELU). 0 uses the usual default.</source>
        <translation>Pendiente para las entradas negativas (leaky ReLU) o límite negativo (ELU). Con 0 se usa el valor habitual.</translation>
    </message>
    <message>
        <source>Weight initialisation:</source>
        <translation>Inicialización de pesos:</translation>
    </message>
    <message>
        <source>How the weights are chosen before training. Glorot suits tanh and sigmoid; He suits ReLU.</source>
        <translation>Cómo se eligen los pesos antes de entrenar. Glorot va bien con tanh y sigmoide; He, con ReLU.</translation>
    </message>
    <message>
        <source>Bias initialisation:</source>
        <translation>Inicialización de sesgos:</translation>
    </message>
    <message>
        <source>How the biases start. Zeros is the usual choice.</source>
        <translation>Cómo empiezan los sesgos. Lo habitual es empezar en ceros.</translation>
    </message>
    <message>
        <source>L1 penalty:</source>
        <translation>Penalización L1:</translation>
    </message>
    <message>
        <source>Pushes weights to exactly zero, keeping only the useful connections. Added to the training run&apos;s own L1.</source>
        <translation>Empuja los pesos hasta exactamente cero y solo conserva las conexiones útiles. Se suma a la L1 del propio entrenamiento.</translation>
    </message>
    <message>
        <source>L2 penalty:</source>
        <translation>Penalización L2:</translation>
    </message>
    <message>
        <source>Keeps weights small, which smooths the decision boundary. Added to the training run&apos;s own L2.</source>
        <translation>Mantiene pequeños los pesos, lo que suaviza la frontera de decisión. Se suma a la L2 del propio entrenamiento.</translation>
    </message>
    <message>
        <source>Dropout rate:</source>
        <translation>Tasa de dropout:</translation>
    </message>
    <message>
        <source>The share of values switched off at random in each training step. 0.2 to 0.5 is typical.</source>
        <translation>La parte de los valores que se apaga al azar en cada paso de entrenamiento. Lo habitual es entre 0,2 y 0,5.</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>Momento:</translation>
    </message>
    <message>
        <source>How fast the running mean and variance follow each batch (PyTorch convention: 0.1 means 10% of the new batch).</source>
        <translation>Con qué rapidez siguen a cada lote la media y la varianza acumuladas (convención de PyTorch: 0,1 significa un 10&#xa0;% del lote nuevo).</translation>
    </message>
    <message>
        <source>Epsilon:</source>
        <translation>Épsilon:</translation>
    </message>
    <message>
        <source>A tiny number added to the variance so the division never hits zero.</source>
        <translation>Un número diminuto que se suma a la varianza para que nunca se divida entre cero.</translation>
    </message>
    <message>
        <source> neurons</source>
        <translation> neuronas</translation>
    </message>
    <message>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation>Bloqueado por esta lección</translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <source>%1 in, %2 out · %3 parameters</source>
        <translation>%1 de entrada, %2 de salida · %3 parámetros</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>How many filters slide over the picture. Each one learns its own pattern and gives its own feature map.</source>
        <translation>Cuántos filtros se deslizan sobre la imagen. Cada uno aprende su propio patrón y da su propio mapa de características.</translation>
    </message>
    <message>
        <source>Filter size:</source>
        <translation>Tamaño del filtro:</translation>
    </message>
    <message>
        <source>The window each filter sees, height × width: 3 × 3 is the usual choice.</source>
        <translation>La ventana que ve cada filtro, alto × ancho: 3 × 3 es lo habitual.</translation>
    </message>
    <message>
        <source>Filter height</source>
        <translation>Altura del filtro</translation>
    </message>
    <message>
        <source>Filter width</source>
        <translation>Anchura del filtro</translation>
    </message>
    <message>
        <source>Pool size:</source>
        <translation>Tamaño de agrupación:</translation>
    </message>
    <message>
        <source>The window that becomes one value, height × width: 2 × 2 halves the picture.</source>
        <translation>La ventana que se convierte en un solo valor, alto × ancho: 2 × 2 reduce la imagen a la mitad.</translation>
    </message>
    <message>
        <source>Pool height</source>
        <translation>Altura de agrupación</translation>
    </message>
    <message>
        <source>Pool width</source>
        <translation>Anchura de agrupación</translation>
    </message>
    <message>
        <source>Stride:</source>
        <translation>Paso:</translation>
    </message>
    <message>
        <source>How far the window moves each time, down × across. A pool moves by its own size unless you change it.</source>
        <translation>Cuánto se mueve la ventana cada vez, hacia abajo × hacia la derecha. Una agrupación se mueve lo que mide, salvo que lo cambies.</translation>
    </message>
    <message>
        <source>Stride down</source>
        <translation>Paso hacia abajo</translation>
    </message>
    <message>
        <source>Stride across</source>
        <translation>Paso hacia la derecha</translation>
    </message>
    <message>
        <source>Padding:</source>
        <translation>Relleno:</translation>
    </message>
    <message>
        <source>Same: zeros around the picture keep its size (a stride of 2 halves it). Valid: the window stays inside the picture, so the map shrinks.</source>
        <translation>Same: ceros alrededor de la imagen conservan su tamaño (un paso de 2 lo reduce a la mitad). Valid: la ventana se queda dentro de la imagen, así que el mapa encoge.</translation>
    </message>
    <message>
        <source>Valid (no padding)</source>
        <translation>Valid (sin relleno)</translation>
    </message>
    <message>
        <source>Same (keep the size)</source>
        <translation>Same (conserva el tamaño)</translation>
    </message>
    <message>
        <source> filters</source>
        <translation> filtros</translation>
    </message>
</context>
<context>
    <name>RunMessages</name>
    <message>
        <source>Training reached epoch %1, the limit you set.</source>
        <translation>El entrenamiento ha llegado a la época %1, el límite que fijaste.</translation>
    </message>
    <message>
        <source>Early stopping: the validation loss stopped improving (epoch %1).</source>
        <translation>Parada temprana: la pérdida de validación ha dejado de mejorar (época %1).</translation>
    </message>
    <message>
        <source>Training cannot start: %1</source>
        <translation>No se puede empezar a entrenar: %1</translation>
    </message>
    <message>
        <source>The batch size %1 is larger than the %2 training samples, so each epoch is one batch of all %2.</source>
        <translation>El tamaño del lote, %1, es mayor que las %2 muestras de entrenamiento, así que cada época es un único lote con las %2.</translation>
    </message>
    <message>
        <source>Training starts again from epoch 0 after this change. Undo (Ctrl+Z) brings the trained network back.</source>
        <translation>Tras este cambio, el entrenamiento vuelve a empezar desde la época 0. Deshacer (Ctrl+Z) recupera la red entrenada.</translation>
    </message>
    <message>
        <source>The network has a problem that stops training; see the Problems panel.</source>
        <translation>La red tiene un problema que impide entrenarla; consulta el panel Problemas.</translation>
    </message>
    <message>
        <source>There is no training data. Generate or load a data set first.</source>
        <translation>No hay datos de entrenamiento. Primero genera o carga un conjunto de datos.</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1: the loss became infinite. The plots show the last good state. Try a lower learning rate (now %2), for example %3, then press Reset.</source>
        <translation>El entrenamiento ha divergido en la época %1: la pérdida se ha vuelto infinita. Las gráficas muestran el último estado válido. Prueba con una tasa de aprendizaje más baja (ahora es %2), por ejemplo %3, y pulsa Reiniciar.</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1: lower the learning rate.</source>
        <translation>El entrenamiento ha divergido en la época %1: baja la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>Training Diverged</source>
        <translation>El entrenamiento ha divergido</translation>
    </message>
</context>
<context>
    <name>RunStatusText</name>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>parada temprana</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
</context>
<context>
    <name>SampleGallery</name>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>Any prediction</source>
        <translation>Cualquier predicción</translation>
    </message>
    <message>
        <source>No image samples to show</source>
        <translation>No hay muestras de imagen que mostrar</translation>
    </message>
    <message>
        <source>Showing %1 of %2 samples</source>
        <translation>Se muestran %1 de %2 muestras</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln mistake(s)</source>
        <extracomment>After &quot;Showing 37 of 2000 samples&quot;: how many of the samples shown the network gets wrong.</extracomment>
        <translation>
            <numerusform> · %Ln error</numerusform>
            <numerusform> · %Ln errores</numerusform>
        </translation>
    </message>
    <message>
        <source>One tile per sample: its picture and, under it, the predicted class and the confidence. Mistakes have a red dashed frame and a cross. Click a sample or press Enter to select it. %1</source>
        <translation>Una ficha por muestra: su imagen y, debajo, la clase predicha y la confianza. Los errores llevan un marco rojo discontinuo y una cruz. Haz clic en una muestra o pulsa Intro para elegirla. %1</translation>
    </message>
    <message>
        <source>&amp;True class:</source>
        <translation>Clase &amp;real:</translation>
    </message>
    <message>
        <source>&amp;Predicted:</source>
        <translation>&amp;Predicha:</translation>
    </message>
    <message>
        <source>Only &amp;mistakes</source>
        <translation>Solo &amp;errores</translation>
    </message>
    <message>
        <source>Filter by true class</source>
        <translation>Filtrar por clase real</translation>
    </message>
    <message>
        <source>Shows only the samples of this class</source>
        <translation>Muestra solo las muestras de esta clase</translation>
    </message>
    <message>
        <source>Filter by predicted class</source>
        <translation>Filtrar por clase predicha</translation>
    </message>
    <message>
        <source>Shows only the samples the network puts in this class (after training has started)</source>
        <translation>Muestra solo las muestras que la red pone en esta clase (una vez empezado el entrenamiento)</translation>
    </message>
    <message>
        <source>Only mistakes</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Shows only the samples whose predicted class is not their true class</source>
        <translation>Muestra solo las muestras cuya clase predicha no es su clase real</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
</context>
<context>
    <name>SampleGalleryModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under a sample&apos;s picture: the predicted class and the network&apos;s confidence, e.g. &quot;7 · 93%&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sample %1: true %2, not predicted yet</source>
        <translation>Muestra %1: real %2, aún sin predicción</translation>
    </message>
    <message>
        <source>Sample %1: true %2, predicted %3, %4, wrong</source>
        <translation>Muestra %1: real %2, predicha %3, %4, incorrecta</translation>
    </message>
    <message>
        <source>Sample %1: true %2, predicted %3, %4, right</source>
        <translation>Muestra %1: real %2, predicha %3, %4, correcta</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <source>train loss %1</source>
        <translation>pérdida de entrenamiento %1</translation>
    </message>
    <message>
        <source>val loss %1</source>
        <translation>pérdida de validación %1</translation>
    </message>
    <message>
        <source>R² %1</source>
        <translation>R² %1</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>exactitud %1</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>New Sweep</source>
        <translation>Nuevo barrido</translation>
    </message>
    <message>
        <source>Train the network once for every value (and every pair of values, with two settings). Separate the values with commas.</source>
        <translation>Entrena la red una vez para cada valor (y para cada par de valores, con dos ajustes). Separa los valores con comas.</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Ajuste:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Sweep a second setting</source>
        <translation>Barrer un segundo ajuste</translation>
    </message>
    <message>
        <source>Epochs of each run</source>
        <translation>Épocas de cada ejecución</translation>
    </message>
    <message>
        <source>Epochs of each run:</source>
        <translation>Épocas de cada ejecución:</translation>
    </message>
    <message>
        <source>Start Sweep</source>
        <translation>Iniciar barrido</translation>
    </message>
    <message>
        <source>First setting</source>
        <translation>Primer ajuste</translation>
    </message>
    <message>
        <source>Second setting</source>
        <translation>Segundo ajuste</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Units of a layer</source>
        <translation>Unidades de una capa</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>Activation of a layer</source>
        <translation>Activación de una capa</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Penalización L2</translation>
    </message>
    <message>
        <source>Dropout rate of a layer</source>
        <translation>Tasa de dropout de una capa</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Layer of the first setting</source>
        <translation>Capa del primer ajuste</translation>
    </message>
    <message>
        <source>Layer of the second setting</source>
        <translation>Capa del segundo ajuste</translation>
    </message>
    <message>
        <source>Values of the first setting</source>
        <translation>Valores del primer ajuste</translation>
    </message>
    <message>
        <source>Values of the second setting</source>
        <translation>Valores del segundo ajuste</translation>
    </message>
    <message>
        <source>Choose a setting and its values.</source>
        <translation>Elige un ajuste y sus valores.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n ejecución</numerusform>
            <numerusform>%n ejecuciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SweepGrid</name>
    <message>
        <source>val. %1%</source>
        <translation>val. %1 %</translation>
    </message>
    <message>
        <source>val. loss %1</source>
        <translation>pérdida val. %1</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>pérdida %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>Run %1: waiting</source>
        <translation>Ejecución %1: en espera</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 after %n epoch(s)</source>
        <translation>
            <numerusform>%1
%2 tras %n época</numerusform>
            <numerusform>%1
%2 tras %n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2, %3, %4</source>
        <translation>Ejecución %1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s): mean %1, from %2 to %3</source>
        <translation>
            <numerusform>%n semilla: media %1, de %2 a %3</numerusform>
            <numerusform>%n semillas: media %1, de %2 a %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingHealthView</name>
    <message>
        <source>Train the network to see, epoch by epoch, how well each layer learns.</source>
        <translation>Entrena la red para ver, época a época, lo bien que aprende cada capa.</translation>
    </message>
    <message>
        <source>No ReLU layer: only ReLU neurons can die (output 0 for every example).</source>
        <translation>No hay ninguna capa ReLU: solo las neuronas ReLU pueden morir (dar 0 para todos los ejemplos).</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>gradient size</source>
        <translation>tamaño del gradiente</translation>
    </message>
    <message>
        <source>activation (mean ± spread)</source>
        <translation>activación (media ± dispersión)</translation>
    </message>
    <message>
        <source>dead neurons (%)</source>
        <translation>neuronas muertas (%)</translation>
    </message>
    <message>
        <source>Gradient size per layer</source>
        <translation>Tamaño del gradiente por capa</translation>
    </message>
    <message>
        <source>The size of each layer&apos;s weight gradient over the epochs, on a logarithmic scale. A layer far below the output layer hardly learns (vanishing gradients).</source>
        <translation>El tamaño del gradiente de los pesos de cada capa a lo largo de las épocas, en escala logarítmica. Una capa muy por debajo de la capa de salida apenas aprende (desvanecimiento del gradiente).</translation>
    </message>
    <message>
        <source>Activations per layer</source>
        <translation>Activaciones por capa</translation>
    </message>
    <message>
        <source>The mean of each layer&apos;s outputs over the epochs, with a band of one standard deviation either side.</source>
        <translation>La media de las salidas de cada capa a lo largo de las épocas, con una banda de una desviación típica a cada lado.</translation>
    </message>
    <message>
        <source>Dead neurons per layer</source>
        <translation>Neuronas muertas por capa</translation>
    </message>
    <message>
        <source>The share of each ReLU layer&apos;s neurons that output 0 for every example, over the epochs.</source>
        <translation>La proporción de neuronas de cada capa ReLU que dan 0 para todos los ejemplos, a lo largo de las épocas.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Training health</source>
        <translation>Salud del entrenamiento</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Step</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>Parar en la época</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <source>all samples</source>
        <translation>todos los ejemplos</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>Paciencia (parada temprana)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Restore best weights</source>
        <translation>Restaurar los mejores pesos</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Step every (epochs)</source>
        <translation>Escalón cada (épocas)</translation>
    </message>
    <message>
        <source>Factor γ</source>
        <translation>Factor γ</translation>
    </message>
    <message>
        <source>Period (epochs)</source>
        <translation>Periodo (épocas)</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Decaimiento escalonado</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>Decaimiento exponencial</translation>
    </message>
    <message>
        <source>Cosine annealing</source>
        <translation>Recocido coseno</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Lo más rápido posible</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) per frame</source>
        <translation>
            <numerusform>%n época por fotograma</numerusform>
            <numerusform>%n épocas por fotograma</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Época %1</translation>
    </message>
    <message>
        <source>%1k epochs/s</source>
        <translation>%1k épocas/s</translation>
    </message>
    <message>
        <source>%1 epochs/s</source>
        <translation>%1 épocas/s</translation>
    </message>
    <message>
        <source>Train one epoch: one pass through all the training examples, one mini-batch at a time (→).</source>
        <translation>Entrena una época: una pasada por todos los ejemplos de entrenamiento, minilote a minilote (→).</translation>
    </message>
    <message>
        <source>Back to epoch 0 with freshly drawn random weights: training starts again from scratch (R).</source>
        <translation>Vuelve a la época 0 con pesos aleatorios nuevos: el entrenamiento empieza otra vez desde cero (R).</translation>
    </message>
    <message>
        <source>How big a step each update takes: too high and the loss jumps or diverges, too low and training crawls. The scale is logarithmic; changes apply at once, without a reset.</source>
        <translation>El tamaño del paso de cada actualización: si es demasiado alta, la pérdida da saltos o diverge; si es demasiado baja, el entrenamiento avanza muy despacio. La escala es logarítmica; los cambios se aplican al momento, sin reiniciar.</translation>
    </message>
    <message>
        <source>Training pauses by itself after this many epochs (passes through the training data); more is not always better, as the network may start to overfit.</source>
        <translation>El entrenamiento se detiene solo tras este número de épocas (pasadas por los datos de entrenamiento); más no siempre es mejor, porque la red puede empezar a sobreajustar.</translation>
    </message>
    <message>
        <source>How many epochs are trained between two redraws of the plots: more is faster, fewer lets you watch the boundary change step by step.</source>
        <translation>Cuántas épocas se entrenan entre dos redibujados de las gráficas: más es más rápido; menos permite ver cómo cambia la frontera paso a paso.</translation>
    </message>
    <message>
        <source>The same seed gives the same starting weights and the same order of the examples, so a run can be repeated exactly; another seed shows how much the result owes to chance.</source>
        <translation>La misma semilla da los mismos pesos iniciales y el mismo orden de los ejemplos, así que un entrenamiento se puede repetir exactamente; otra semilla muestra cuánto debe el resultado al azar.</translation>
    </message>
    <message>
        <source>Early stopping: training stops when the validation loss has not improved for this many epochs, before the network starts to overfit.</source>
        <translation>Parada temprana: el entrenamiento se detiene cuando la pérdida de validación lleva este número de épocas sin mejorar, antes de que la red empiece a sobreajustar.</translation>
    </message>
    <message>
        <source>When early stopping ends the run, go back to the weights of the epoch with the lowest validation loss.</source>
        <translation>Cuando la parada temprana termina el entrenamiento, vuelve a los pesos de la época con la menor pérdida de validación.</translation>
    </message>
    <message>
        <source>Each step keeps this share of the previous one, so the updates gather speed in a steady direction and the zigzags cancel out.</source>
        <translation>Cada paso conserva esta fracción del anterior (inercia), de modo que las actualizaciones ganan velocidad en una dirección constante y los zigzags se compensan.</translation>
    </message>
    <message>
        <source>How much Adam&apos;s running average of the gradient remembers of earlier steps (0.9: about the last 10); it smooths the direction of the updates.</source>
        <translation>Cuánto recuerda de los pasos anteriores la media móvil del gradiente de Adam (0,9: más o menos los 10 últimos); suaviza la dirección de las actualizaciones.</translation>
    </message>
    <message>
        <source>How much Adam&apos;s running average of the squared gradient remembers (0.999: about the last 1000 steps); it scales each weight&apos;s step by the usual size of its gradient.</source>
        <translation>Cuánto recuerda la media móvil del gradiente al cuadrado de Adam (0,999: más o menos los 1000 últimos pasos); ajusta el paso de cada peso según el tamaño habitual de su gradiente.</translation>
    </message>
    <message>
        <source>Shrinks every weight a little at each step, which keeps the weights small and the boundary smooth, as L2 regularisation does.</source>
        <translation>Reduce un poco cada peso en cada paso, lo que mantiene los pesos pequeños y la frontera suave, como hace la regularización L2.</translation>
    </message>
    <message>
        <source>How the learning rate changes during training: large steps first and smaller ones later help the network settle into a minimum.</source>
        <translation>Cómo cambia la tasa de aprendizaje durante el entrenamiento: pasos grandes al principio y más pequeños después ayudan a la red a asentarse en un mínimo.</translation>
    </message>
    <message>
        <source>Step decay: every this many epochs, the learning rate is multiplied by the factor γ.</source>
        <translation>Decaimiento escalonado: cada este número de épocas, la tasa de aprendizaje se multiplica por el factor γ.</translation>
    </message>
    <message>
        <source>The factor the learning rate is multiplied by: every epoch for exponential decay, every few epochs for step decay (0.1 divides it by 10).</source>
        <translation>El factor por el que se multiplica la tasa de aprendizaje: en cada época con el decaimiento exponencial, cada pocas épocas con el escalonado (0,1 la divide entre 10).</translation>
    </message>
    <message>
        <source>Cosine annealing lowers the learning rate along half a cosine wave, from its start value to 0 in this many epochs.</source>
        <translation>El recocido coseno baja la tasa de aprendizaje siguiendo media onda de coseno, desde su valor inicial hasta 0 en este número de épocas.</translation>
    </message>
    <message>
        <source>Play or pause training: the network repeats the training loop (predict, measure the loss, backpropagate, update the weights) epoch after epoch (Space).</source>
        <translation>Reproduce o pausa el entrenamiento: la red repite el ciclo de entrenamiento (predecir, medir la pérdida, retropropagar, actualizar los pesos) época tras época (Espacio).</translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation>Bloqueado por esta lección</translation>
    </message>
    <message>
        <source>Learning rate slider</source>
        <translation>Control deslizante de la tasa de aprendizaje</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizador</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>decaimiento de pesos</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>planificación</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>tamaño del paso</translation>
    </message>
    <message>
        <source>factor γ</source>
        <translation>factor γ</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamaño del lote</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>penalización L1</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>penalización L2</translation>
    </message>
    <message>
        <source>epoch limit</source>
        <translation>límite de épocas</translation>
    </message>
    <message>
        <source>early stopping patience</source>
        <translation>paciencia de la parada temprana</translation>
    </message>
    <message>
        <source>restore best weights</source>
        <translation>restaurar los mejores pesos</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Peso</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Use these values (Enter); Undo takes them back</source>
        <translation>Usar estos valores (Intro); Deshacer los devuelve</translation>
    </message>
    <message>
        <source>Edit a weight</source>
        <translation>Editar un peso</translation>
    </message>
    <message>
        <source>input x%1</source>
        <translation>la entrada x%1</translation>
    </message>
    <message>
        <source>neuron %1 of %2</source>
        <translation>la neurona %1 de %2</translation>
    </message>
    <message>
        <source>%1, neuron %2: the weight from %3</source>
        <translation>%1, neurona %2: el peso desde %3</translation>
    </message>
    <message>
        <source>&amp;Bias of neuron %1</source>
        <translation>&amp;Sesgo de la neurona %1</translation>
    </message>
    <message>
        <source>Weight from %1 to neuron %2 of %3</source>
        <translation>Peso desde %1 hasta la neurona %2 de %3</translation>
    </message>
    <message>
        <source>Bias of neuron %1 of %2</source>
        <translation>Sesgo de la neurona %1 de %2</translation>
    </message>
    <message>
        <source>Training loss: %1 → %2</source>
        <translation>Pérdida de entrenamiento: %1 → %2</translation>
    </message>
    <message>
        <source>Edit weight and bias</source>
        <translation>Editar peso y sesgo</translation>
    </message>
    <message>
        <source>Edit bias</source>
        <translation>Editar sesgo</translation>
    </message>
    <message>
        <source>Edit weight</source>
        <translation>Editar peso</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The project to open.</source>
        <translation>El proyecto que se va a abrir.</translation>
    </message>
</context>
</TS>
