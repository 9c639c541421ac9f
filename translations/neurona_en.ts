<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoundaryPlot</name>
    <message>
        <source>x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation / test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <source>Discretize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show validation/test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour each region by the class the network predicts there, without showing how sure it is: the edges between the colours are the decision boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw the validation and test points, which the network never trains on: a boundary that fits the training points but misses these is overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points of the plane the network is asked about to draw the boundary: a finer grid shows more detail and takes longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add examples by hand and watch the boundary follow the data: click the plot to add a point of this class; right-click removes the nearest point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasInternals</name>
    <message>
        <source>Weight from neuron %1 to neuron %2 of %3: %4 (click to change it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeCommentText</name>
    <message>
        <source>A Neurona project&apos;s training run written from scratch with NumPy: the data, the network, the loss, backpropagation and the optimizer, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it with Python 3 and NumPy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It prints a header line, then one line per epoch: the epoch, the training loss and, with validation rows, the validation loss (the columns of neurona-cli train --history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every array is float32, as Neurona computes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of the inputs and of the classes, for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training rows as Neurona&apos;s trainer receives them: already split, with the extra inputs appended and the preprocessing applied. One row per sample, one column per network input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of each row for the one sigmoid output: 1 for the second class, 0 for the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of each row, one-hot: 1 in the column of its class, 0 elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target value of each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation rows, prepared the same way: the network never trains on them; their loss is measured after every epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project keeps no validation rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layers in order, from the inputs to the output layer: dense layers with their number of units and activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training settings of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. The initial values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values a training run starts from, drawn from the training seed exactly as Neurona draws them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s trained values: training continues from them, as it does in Neurona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dense layer&apos;s weights W have one row per input and one column per unit, its bias b one value per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalisation: the scale gamma and shift beta it learns, and the running mean and variance it uses at inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Activation functions and their derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each NAME_backward(z, a, da) turns the gradient of the loss with respect to a layer&apos;s output a = NAME(z) into the gradient with respect to z (the chain rule: da times the derivative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. The forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dense layer computes z = x @ W + b for all rows at once, then a = activation(z). The cache keeps what backpropagation needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout in training: each value is zeroed with probability rate, the others are scaled by 1 / (1 - rate); at inference it passes the values through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalisation in training: each column is normalised with the batch&apos;s mean and variance, then scaled and shifted, and the running statistics move towards the batch&apos;s; at inference it uses the running statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. The loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error: the mean of (a - y)^2 over every output value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute error: the mean of |a - y| over every output value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber loss: d^2 / 2 where |d| &lt; 1, else |d| - 1/2 (d = a - y), averaged over every output value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary cross-entropy, computed from the logits z of the sigmoid output in a form that stays finite for large |z|, averaged over every output value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorical cross-entropy, computed from the logits z of the softmax output: log-sum-exp of z minus the logit of the true class, averaged over the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient of the loss with respect to the output layer&apos;s values a; the 1/n of the mean is applied here, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this loss and this output activation the gradient with respect to the logits is simply (a - y) / n, where n is the count the mean divides by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the output layer back to the first: delta is the gradient of the loss with respect to a layer&apos;s z; dW = x.T @ delta, db = the column sums of delta, and delta @ W.T is the gradient for the layer below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout: the gradient goes back through the same mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalisation: the gradients of gamma and beta, and the gradient of its input through the batch&apos;s mean and variance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 and L2 penalties add l1 * sign(W) + l2 * W to the gradients of the weights (not of the biases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient clipping: when the norm of all gradients together is above the limit, they are scaled down to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. The optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic gradient descent: every value takes a step against its gradient, the learning rate long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With momentum: a velocity accumulates the gradients, and the values move along it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov momentum: the step looks ahead, gradient plus momentum times the velocity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam: running averages of the gradient (m) and of its square (v), corrected for having started at zero; each value steps by m / (sqrt(v) + eps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW: Adam whose weight decay shrinks the values directly instead of adding to the gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSprop: each gradient is divided by the root of a running average of its square.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adagrad: each gradient is divided by the root of the sum of all its squares so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decay adds weight_decay * value to every gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate of each epoch (the schedule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurona&apos;s random engine, std::mt19937_64, bit for bit: it shuffles the rows and draws the dropout masks, so that they are the same as in Neurona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine has already drawn the initial values when training starts: skip those draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full batch: every epoch is one step computed on all training rows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batches taken in the order of the rows (shuffling is off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batches: every epoch the rows are shuffled (Fisher-Yates with the engine), then taken in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An epoch&apos;s loss is the mean of its batches&apos; losses, weighted by their sizes, as Neurona reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loss or a value that is no longer a finite number ends the run there, as in Neurona (diverged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation loss: the forward pass in inference mode on the validation rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping: stop when the validation loss (the training loss without validation rows) has not improved by min_delta for patience epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line: --epochs N trains N epochs (default: the project&apos;s), --history FILE also writes the lines to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>Save Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .py…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the code as a Python script that trains the network with NumPy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the code as a Python file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training code in Python with NumPy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the code cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConceptLibrary</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear (identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neuron passes on its weighted sum unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the output layer of a regression, where the answer can be any real number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Nothing is squashed: the output can take any value.&lt;/li&gt;&lt;li&gt;Its gradient is always 1, so it never slows learning down.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Layers that are all linear add up to a single linear function: extra hidden layers learn nothing new, and a linear network cannot solve XOR.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid (logistic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squashes any number into the interval (0, 1), so the output can be read as a probability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ′(z) = σ(z) · (1 − σ(z)), at most 0.25 (at z = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the output layer of a binary classification, together with the binary cross-entropy loss. Avoid it in hidden layers of deep networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;The output is a probability between 0 and 1.&lt;/li&gt;&lt;li&gt;Smooth, with a simple derivative.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;It saturates: for large |z| the curve is flat and the derivative is almost 0, so the gradient vanishes in deep networks.&lt;/li&gt;&lt;li&gt;Its output is not centred on 0, which slows learning in hidden layers.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperbolic tangent (tanh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An S-shaped curve like the sigmoid, but from −1 to 1 and centred on 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the hidden layers of small networks such as the ones in this app; it often learns the 2D examples faster than the sigmoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Centred on 0: the next layer receives positive and negative values.&lt;/li&gt;&lt;li&gt;Its derivative reaches 1 at z = 0, four times the sigmoid&apos;s.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;It also saturates for large |z|, so gradients can vanish in deep networks.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU (rectified linear unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets positive values through and turns negative values into 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &amp;gt; 0, and 0 if z &amp;lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual first choice for hidden layers, with He initialisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Very cheap to compute.&lt;/li&gt;&lt;li&gt;It does not saturate for positive z, so deep networks keep learning.&lt;/li&gt;&lt;li&gt;Many neurons output exactly 0, which gives simple, sparse representations.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;“Dead” neurons: if z is negative for every example, the gradient is 0 and the neuron never learns again. A learning rate that is too high makes this more likely.&lt;/li&gt;&lt;li&gt;It has a corner at 0, so the boundaries it draws are made of straight pieces.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like ReLU, but negative values keep a small slope α instead of becoming 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(z) = z if z &amp;gt; 0, and α·z otherwise (α = 0.01 unless you change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &amp;gt; 0, and α otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hidden layers, when you see many dead ReLU neurons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;No dead neurons: some gradient always flows.&lt;/li&gt;&lt;li&gt;As cheap as ReLU.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;One more setting (α) to choose.&lt;/li&gt;&lt;li&gt;With a very small α it behaves almost like ReLU.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU (exponential linear unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like ReLU for positive values; for negative values it curves smoothly towards −α.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(z) = z if z &amp;gt; 0, and α·(e&lt;sup&gt;z&lt;/sup&gt; − 1) otherwise (α = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &amp;gt; 0, and f(z) + α otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hidden layers, as a smooth alternative to ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth for negative values, and no dead neurons.&lt;/li&gt;&lt;li&gt;Its outputs have a mean closer to 0, which can speed up learning.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;The exponential costs more to compute than ReLU.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELU (scaled ELU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ELU multiplied by fixed constants chosen so that, layer after layer, the outputs keep a mean of 0 and a variance of 1 (“self-normalising” networks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(z) = λ·z if z &amp;gt; 0, and λ·α·(e&lt;sup&gt;z&lt;/sup&gt; − 1) otherwise, with λ ≈ 1.0507 and α ≈ 1.6733</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z) = λ if z &amp;gt; 0, and f(z) + λ·α otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In deep stacks of dense layers, with LeCun normal initialisation and standardised inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Deep dense networks train without batch normalisation.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Its guarantee only holds with the right initialisation and inputs; ordinary dropout and batch normalisation break it.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU (Gaussian error linear unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies z by the probability that a standard normal variable is smaller than z: a smooth version of ReLU with a small dip below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(z) = z·Φ(z), where Φ is the cumulative distribution function of the standard normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z) = Φ(z) + z·φ(z), where φ is the standard normal density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation of Transformer models (BERT, GPT); in small networks it behaves much like ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth everywhere, which gives rounder decision boundaries.&lt;/li&gt;&lt;li&gt;Often slightly better than ReLU in large models.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;More expensive to compute.&lt;/li&gt;&lt;li&gt;Harder to explain than ReLU.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swish (SiLU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies z by its own sigmoid: another smooth version of ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hidden layers of deep networks, as an alternative to ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth and without dead neurons.&lt;/li&gt;&lt;li&gt;Often matches or beats ReLU in deep networks.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;More expensive to compute than ReLU.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smooth ReLU: always positive, close to 0 for negative z and close to z for positive z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an output must be positive (a price, a standard deviation), or as a smooth ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth everywhere; its derivative is the sigmoid.&lt;/li&gt;&lt;li&gt;The output is always positive.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;It never outputs exactly 0, and it is slower to compute than ReLU.&lt;/li&gt;&lt;li&gt;For very negative z its gradient almost vanishes.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns the K outputs of the last layer into K probabilities that add up to 1. The plot shows the first output for the two inputs (z, 0), which is exactly the sigmoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax(z)&lt;sub&gt;k&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂a&lt;sub&gt;k&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = a&lt;sub&gt;k&lt;/sub&gt;·(δ&lt;sub&gt;kj&lt;/sub&gt; − a&lt;sub&gt;j&lt;/sub&gt;), where δ&lt;sub&gt;kj&lt;/sub&gt; is 1 when k = j and 0 otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the output layer of a classification with three or more classes, together with the categorical cross-entropy loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;It gives one probability per class, and the largest one is the prediction.&lt;/li&gt;&lt;li&gt;With cross-entropy its gradient is simply p − y.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;It makes no sense in a hidden layer.&lt;/li&gt;&lt;li&gt;Each output depends on all the others, so it is not element-wise.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here n is the number of values, ŷ the prediction and y the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error (MSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of the squared differences between prediction and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression with a linear output layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advantages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth, with a gradient proportional to the error: large errors are corrected fastest.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Squaring makes it very sensitive to outliers.&lt;/li&gt;&lt;li&gt;It is measured in squared units of the target.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute error (MAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of the absolute differences between prediction and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression when the data have outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Robust to outliers.&lt;/li&gt;&lt;li&gt;Measured in the same units as the target.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;The gradient has the same size however small the error is, so training can wobble around the minimum.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squared error for small errors and absolute error for large ones: the best of MSE and MAE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℓ(d) = ½·d² if |d| ≤ δ, and δ·(|d| − ½·δ) otherwise; d = ŷ − y, δ = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression with a few outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Smooth near the minimum like MSE, robust to outliers like MAE.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;The threshold δ depends on the scale of the target.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary cross-entropy (BCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures how surprised the network is by the true class when it predicts the probability p = σ(z) for class 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurona computes it directly from z, which never overflows; its gradient with respect to z is simply p − y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two classes, with one output neuron and a sigmoid activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;A confident wrong answer costs a lot, so the network learns quickly from its mistakes.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;It needs a sigmoid output and labels 0 and 1.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorical cross-entropy (CCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy for K classes: it looks at the probability the softmax gives to the true class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y&lt;sub&gt;ik&lt;/sub&gt; is 1 for the true class of example i and 0 for the others (one-hot). With a softmax output the gradient is p − y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three or more classes, with one output neuron per class and softmax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;It gives a probability for every class.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;It needs a softmax output with as many neurons as classes.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>θ: a weight or bias; g: its gradient ∂L/∂θ; η: the learning rate; t: the step number; λ: the weight decay. All operations are element-wise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update rule (as in PyTorch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD (stochastic gradient descent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basic step of gradient descent: move each parameter a little against its gradient. “Stochastic” because the gradient comes from one mini-batch, not from all the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With momentum μ the steps build up speed in a consistent direction, like a ball rolling downhill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov momentum looks one step ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With weight decay, g is replaced by g + λ·θ first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Simple and easy to understand.&lt;/li&gt;&lt;li&gt;With momentum and a well-chosen learning rate it often generalises very well.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Very sensitive to the learning rate.&lt;/li&gt;&lt;li&gt;Without momentum it is slow in long, narrow valleys.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a running mean of the gradient (the momentum) and of its square, and gives each parameter its own step size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults: η = 0.001, β&lt;sub&gt;1&lt;/sub&gt; = 0.9, β&lt;sub&gt;2&lt;/sub&gt; = 0.999, ε = 10&lt;sup&gt;−8&lt;/sup&gt;. The division by 1 − β&lt;sup&gt;t&lt;/sup&gt; corrects the start, when m and v are still near 0. Weight decay adds λ·θ to g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Works well with its default settings on most problems.&lt;/li&gt;&lt;li&gt;Copes with gradients of very different sizes.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Keeps two extra values per parameter.&lt;/li&gt;&lt;li&gt;Its weight decay is not true L2 shrinkage; use AdamW for that.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam with decoupled weight decay: the weights shrink directly, separately from the adaptive step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then the same step as Adam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default weight decay λ = 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;The weight decay really regularises, whatever the size of the gradients.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;One more setting (λ) to tune.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divides each step by a running average of the recent squared gradients, so parameters with large gradients take smaller steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults: η = 0.01, α = 0.99, ε = 10&lt;sup&gt;−8&lt;/sup&gt;. With momentum μ: b ← μ·b + g / (√v + ε) and θ ← θ − η·b. The centred variant uses v minus the square of the mean gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Adapts the step of each parameter; robust on noisy problems.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;No correction of the start, unlike Adam.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds up all past squared gradients: parameters that have changed a lot take ever smaller steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults: η = 0.01, ε = 10&lt;sup&gt;−10&lt;/sup&gt;. With learning-rate decay d, η is divided by 1 + (t − 1)·d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Little tuning; good when some inputs are rare.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;The sum only grows, so the steps shrink until learning stops.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 regularisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds to the loss the sum of the absolute values of the weights, so that the network prefers small weights and sets the useless ones to exactly 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step pushes every weight towards 0 by the same amount η·λ·sign(w). Biases are not penalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against overfitting, when you suspect that only a few inputs matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Sparse networks: many weights become 0.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Too large a λ sets every weight to 0 (underfitting).&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 regularisation (weight decay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds to the loss the sum of the squared weights, so that large weights are expensive and the decision boundary becomes smoother.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its gradient 2·λ·w shrinks each weight in proportion to its size. Biases are not penalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual first remedy for overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Smoother boundaries that generalise better.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Too large a λ makes the model too simple (underfitting).&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every neuron of the layer receives every output of the previous layer. Each neuron multiplies its inputs by its weights, adds its bias and applies the activation function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x: the inputs; W: the weights (one column per neuron); b: the biases; f: the activation function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the building block of every network in this app. More neurons draw more complex boundaries; more layers combine simple shapes into complex ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During training, switches off each neuron of the previous layer at random with probability p (the rate), so that the network cannot rely on any single neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = x·m / (1 − p), where each m is 1 with probability 1 − p and 0 otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dividing by 1 − p keeps the average the same, so at prediction time the layer does nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against overfitting in networks with many neurons; rates from 0.1 to 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Acts like training many thinner networks and averaging them.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Training is noisier and needs more epochs.&lt;/li&gt;&lt;li&gt;Pointless in very small networks, which already underfit.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardises each input of the layer over the mini-batch (mean 0, variance 1) and then lets the network choose its own scale γ and shift β.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>μ&lt;sub&gt;B&lt;/sub&gt; and σ²&lt;sub&gt;B&lt;/sub&gt; are the mean and variance of the mini-batch. For predictions it uses running averages collected during training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between a dense layer and the next one in deeper networks that learn slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Allows higher learning rates and faster training.&lt;/li&gt;&lt;li&gt;Reduces vanishing and exploding gradients.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;It behaves differently in training and in prediction.&lt;/li&gt;&lt;li&gt;Very small batches give noisy statistics.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A network learns by repeating four steps for every mini-batch:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Forward pass:&lt;/b&gt; the inputs go through the layers, one after another, to produce a prediction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loss:&lt;/b&gt; the loss function measures how far the predictions are from the targets.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backpropagation:&lt;/b&gt; the chain rule carries the error backwards, from the output layer to the first one, and gives the gradient ∂L/∂θ of the loss with respect to every weight and bias.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Update:&lt;/b&gt; the optimizer moves every parameter a little against its gradient, for example θ ← θ − η·∂L/∂θ (gradient descent).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Going once through all the training data is one epoch.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;One epoch is one pass through the whole training set. With 200 examples and a batch size of 20, an epoch has 10 steps of the optimizer.&lt;/p&gt;&lt;p&gt;Too few epochs leave the network underfitted; too many can lead to overfitting. Watch the validation loss: when it stops going down, more epochs do not help.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The number of examples used to compute one gradient and take one step. The training set is shuffled and cut into mini-batches of this size.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Small batches&lt;/b&gt; (1–32): many cheap, noisy steps; the noise can help escape poor solutions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Large batches&lt;/b&gt; (or the whole set): fewer, smoother steps, but each one costs more.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;If you change the batch size a lot, the best learning rate usually changes too.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The learning rate η sets the size of each step the optimizer takes against the gradient: θ ← θ − η·∂L/∂θ.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Too high:&lt;/b&gt; the loss jumps around or grows (it diverges).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Too low:&lt;/b&gt; the loss goes down very slowly.&lt;/li&gt;&lt;li&gt;&lt;b&gt;About right:&lt;/b&gt; the loss falls quickly at first and then steadily.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Try values 10 times apart (0.1, 0.01, 0.001) and watch the loss curve. It is the most important setting of all.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The network learns the training examples by heart, noise included, instead of the general pattern. It does very well on the training data and worse on new data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to recognise it:&lt;/b&gt; the training loss keeps going down while the validation loss goes up; the decision boundary twists around single points.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; more data, a smaller network, L2 or L1 regularisation, dropout, or stopping earlier.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underfitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The model is too simple, or has not trained enough, to capture the pattern in the data. It does badly on the training data and on new data alike.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to recognise it:&lt;/b&gt; both losses stay high; the boundary is too simple, for example a straight line through a spiral.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; more neurons or layers, a non-linear activation, more epochs, a better learning rate, or less regularisation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Backpropagation multiplies one derivative per layer. When these factors are small (the sigmoid&apos;s is at most 0.25), the product shrinks layer after layer and the first layers barely learn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to recognise it:&lt;/b&gt; the loss hardly moves, and the weights near the input stay as they started.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; ReLU-like activations in hidden layers, a suitable initialisation (He for ReLU, Glorot for tanh), batch normalisation, or fewer layers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploding gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The opposite problem: when the factors of the chain rule are larger than 1, the gradient grows layer after layer, the steps become huge and the weights blow up.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to recognise it:&lt;/b&gt; the loss jumps to very large values or becomes NaN (not a number).&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; a lower learning rate, gradient clipping, a suitable initialisation, batch normalisation, or L2 regularisation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss after every epoch, on the training examples (solid line) and on the validation examples (dashed line), with the accuracy, or R² for regression, beside it.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Both fall and then level off:&lt;/b&gt; the network is learning.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Both stay high:&lt;/b&gt; underfitting; try a bigger network, another learning rate or more epochs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The training loss falls while the validation loss rises:&lt;/b&gt; overfitting.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The loss jumps up and down or shoots up:&lt;/b&gt; the learning rate is too high.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;On a logarithmic scale each step down the axis is 10 times smaller, so the small improvements of the late epochs stay visible.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The line where the network&apos;s answer changes from one class to another. To draw it, the network is asked about every point of a grid over the plane, and each point is coloured by the class it predicts; for regression, by the value it predicts.&lt;/p&gt;&lt;p&gt;The strength of the colour shows how sure the network is: pale near the boundary, strong far from it. &lt;b&gt;Discretize&lt;/b&gt; shows only the predicted class.&lt;/p&gt;&lt;p&gt;Without hidden layers a network can only draw a straight boundary; hidden layers with a non-linear activation bend it. A boundary that twists around single points is a sign of overfitting.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The examples the network learns from. Here each example is a point with two inputs, x₁ and x₂ (its position), and a target: the class it belongs to (its colour) or, for regression, a number.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Samples:&lt;/b&gt; more examples show the pattern more clearly and make it harder to learn them by heart.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Noise:&lt;/b&gt; moves the points away from the clean pattern; the network should learn the pattern, not the noise.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Seed:&lt;/b&gt; the same seed draws exactly the same points, so a whole class can work with the same data.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Part of the examples can be kept out of training (validation and test) to check how the network does on data it has not seen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Before training, the inputs can be rescaled and extended. Gradient descent works best when all the inputs have similar sizes.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Standardize:&lt;/b&gt; subtracts the mean of each input and divides by its standard deviation, so that it has mean 0 and deviation 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Min–max:&lt;/b&gt; stretches each input to the range from 0 to 1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The scaling is computed on the training examples only and then applied to every point, so the validation and test examples tell the network nothing in advance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Extra inputs&lt;/b&gt; such as x₁², x₁·x₂ or sin(x₁) are computed from the original ones. With x₁² and x₂², even a network without hidden layers can draw a circle.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A ReLU neuron whose weighted sum z is negative for every example outputs 0 for all of them. Its gradient is then 0 too, so its weights never change again: the neuron has died, and the layer works with fewer neurons than it has.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to recognise it:&lt;/b&gt; the Training health plots show a large share of a layer&apos;s neurons that never activate; the boundary stops improving.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; leaky ReLU or ELU, which keep a small gradient for negative z; a smaller learning rate; He initialisation; batch normalisation before the activation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins two or more branches of the network by adding their outputs, neuron by neuron. The branches must have the same number of neurons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₁, x₂, …: the outputs of the layers it reads; f: its activation (linear unless you choose another). It has no weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For skip connections: a block that adds its result to its own input, h + f(h), passes the gradient back unchanged as well as through its layers, so deep networks still learn (residual networks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Adding outputs that are always positive, such as sigmoids, makes the sum grow with every block.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concat layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins two or more branches by putting their outputs side by side: the next layer sees all of their neurons, in the order of the layer&apos;s inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its width is the sum of the widths it reads. It has no weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When branches look at the data in different ways (for example a wide shallow branch and a deep narrow one) and a later layer should use both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv2D layer (convolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For pictures. Each filter is a small window of weights (3 × 3, say) that slides over the picture; at every position it multiplies the pixels under it by its weights and adds them up. The result is a feature map: bright where the filter&apos;s pattern (an edge, a corner, a stroke) appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f: the filter; u, v: the position inside the window; c: the input channel; g: the activation. &quot;same&quot; padding adds zeros around the picture so the map keeps its size; &quot;valid&quot; does not, and the map shrinks by the window less one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;The same weights are used at every position, so a pattern is found wherever it is: a digit moved two pixels is still the same digit.&lt;/li&gt;&lt;li&gt;Far fewer parameters than a Dense layer on the same picture: 8 filters of 3 × 3 have 80, a Dense layer of 8 neurons on 16 × 16 pixels has 2,056.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;It needs image data (the input&apos;s height, width and channels).&lt;/li&gt;&lt;li&gt;Each layer sees only a small window; pooling and more layers widen what later filters see.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxPool2D layer (max pooling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AvgPool2D layer (average pooling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinks each feature map: of every window (2 × 2, say) it keeps only the largest value. A 16 × 16 map becomes 8 × 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinks each feature map: every window (2 × 2, say) becomes the average of its values. A 16 × 16 map becomes 8 × 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;A pattern that moves by a pixel inside a window gives the same result, so the network cares less about exact positions.&lt;/li&gt;&lt;li&gt;Smaller maps mean less work, and the next filters see a wider part of the picture.&lt;/li&gt;&lt;li&gt;It has no weights.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrolls the feature maps into one long column of values, row by row with the channels last (as Keras does), so that Dense layers can read them. 4 × 4 maps of 16 channels become 256 values. It has no weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures as data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A picture is a grid of pixels, each a number from 0 (dark) to 1 (bright): a 16 × 16 grey picture is 256 inputs. A Dense layer treats them as 256 unrelated numbers; a convolution knows which pixels are neighbours, so it learns strokes and edges that can appear anywhere.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Samples:&lt;/b&gt; every picture with the class the network gives it and how sure it is; the mistakes are marked. Look at the mistakes to see what the network confuses.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Draw:&lt;/b&gt; add pictures of your own to a class, or test the network on a drawing: a network that only learned its training pictures by heart fails on yours.&lt;/li&gt;&lt;li&gt;Choosing a picture shows, on the canvas, what each filter finds in it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConceptsPanel</name>
    <message>
        <source>Search concepts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, for example “relu” or “learning”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a concept to read about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The ideas behind neural networks, grouped by topic. Selecting a layer on the canvas or a control in the training panel shows its entry here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation function f(z) and its derivative f′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function f(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derivative f′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search concepts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Load CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardize (mean 0, deviation 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min–max (0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>painted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), %1 inputs, %2 classes, %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), %1 inputs, regression, %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Validation and test together may use at most 90% of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many examples to draw: with few of them, the network can learn them by heart instead of the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the points stray from the clean pattern: a network that follows every stray point is overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many groups the points fall into; the output layer needs one neuron per class (or a single sigmoid neuron for two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed draws exactly the same points, so that everyone in a class can work with the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the data set again with these settings; another seed gives other points with the same pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own data: a table with one row per example, the inputs in columns and the class or value in a column named label, class, target or y (else the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the examples as a table, one row per example, to open them in a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the examples kept out of training to check the network on data it has not seen: a validation loss that rises while the training loss falls means overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the examples kept aside for a final, honest measure of how well the network does on new data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 as an extra input, computed from x₁ and x₂, so that even a network without hidden layers can draw a curved boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examples the network learns from: each point has two inputs (its position) and a class or a value; each picture (shapes, bars, digits) has one input per pixel. Click a data set again to draw new examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of the image folder could not be read; the data holds the others.</source>
        <translation>
            <numerusform>%n picture of the image folder could not be read; the data holds the others.</numerusform>
            <numerusform>%n pictures of the image folder could not be read; the data holds the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>stored in the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>The network has no output layer yet. Drag a Dense layer onto the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set has no input columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no neurons; a layer needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 neurons; the limit is %3. Training it would take about %4 of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output has %1 neurons, but a yes/no task needs 1 with sigmoid (or 2 with softmax).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output has %1 neurons, but the data has %2 classes: it needs one neuron per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output has %1 neurons, but regression predicts a single number: it needs 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output uses %1, but %2 needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 loss needs a %2 output, but the output uses %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 loss is meant for classification, but this task is regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses softmax, which only makes sense on the output layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes after the output layer, where it would hide part of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must drop at least 0% and less than 100% of the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes after the output layer; it belongs between hidden layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a setting out of range (alpha, L1, L2, momentum or epsilon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These data cannot be split by a straight line: add a hidden layer so the network can bend its boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gradient reaches %1: it has stopped learning. A layer after it may have no live neurons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient reaching %1 is %2 times smaller than at the output layer, so it hardly learns. ReLU or tanh instead of sigmoid in the hidden layers, or fewer layers, let more of it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 neurons of %3 output 0 for every example, so they have stopped learning. A smaller learning rate, or leaky ReLU, keeps neurons alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output has %1 neurons, but the data has %2 targets: it needs one neuron per target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads %2, which comes after it: the connections go round in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads a layer that is no longer in the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same name as another layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adds layers of different widths (%2 and %3 neurons); they must be equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected: connect its input and its output, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins branches and needs at least 2 connections into it; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads %2 layers; only Add and Concat join several. Put one of them before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last layer, %1, is the output and must be a Dense layer. Connect it to a Dense layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image shape holds %1 values per example, but the data has %2 input columns. They must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks at images, but what reaches it is a flat list of numbers. Give the input an image shape, and keep Flatten and Dense layers after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a window or step size below 1; each must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slides a window of %2 pixels over an image only %3 pixels across. Use a smaller window, or &quot;same&quot; padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Dense layer reading an image. Put a Flatten layer before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>&amp;Add samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add samples mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you draw is added to the data as a sample of the chosen class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network classifies what you draw while you draw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erases the whole drawing (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to c&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class of the drawn sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class the drawing is added to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the drawing to the data as a sample of the chosen class, then clears the pad (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw, and watch the network&apos;s probabilities change as you draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing pad, %1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, the left mouse button and the keyboard pen erase instead of drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw with the left mouse button (the right button erases), or with the arrow keys after Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a sample with the mouse (the left button draws, the right button erases) or with the keyboard (the arrow keys move the pen, Space puts it down or lifts it). Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist any more. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file that Neurona can read (a folder, a device or a pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: the folder cannot be written to, or the disk is full. A file that was there is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: line %2, column %3 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Neurona project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer Neurona (format %2; this one reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 could not be read: line %2, column %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 has a value Neurona does not accept (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB). The limit is %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file (line %1 contains binary data). Save it as CSV from your spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 contains characters that are not valid text. Save the file as UTF-8 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quotation mark opened on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs at least two columns: one or more inputs and the label. It has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 values, but the first line has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: “%3” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: “%3” is infinite or too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line %1, column %2 has no value (%n row(s) have missing values).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no label column called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the target “%2” is not a number, so this cannot be a regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row has the same label (“%1”): there is nothing to tell apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label column has %1 different values; at most %2 classes are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A binary problem needs exactly 2 classes; the file has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the label “%2” is not one of the project&apos;s classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has no output layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation data has other inputs than the training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss does not fit the output layer&apos;s activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer does not fit the labels of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimizer settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved weights do not fit this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2 at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a Neurona file: line %2, column %3 nests lists deeper than %4 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning-rate schedule&apos;s %1 cannot be %2: the learning rate would become negative or undefined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network is too large to train: it would need about %1 MB of memory, and the limit is %2 MB. Use fewer or smaller layers, or a smaller batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of input %1 are too large to scale (near 10^308). Choose no preprocessing or rescale the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training sample %1: the training samples are numbered 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called %1 in a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 cannot be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has %1 training and validation rows, more than the %2 that the code can hold. Use fewer rows to see the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has a layer after the output layer, which the code cannot write. Remove it or move it before the output layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has several targets. This works only for one target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has branches (layers that read several layers, or are read by several). This works only for a straight stack of layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: two layers are called “%2” (%3). Each layer needs a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2 reads the layer “%3”, which is not listed before it. Every layer must come after the layers it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has image layers (convolution, pooling or flatten). This works only for networks of dense, dropout and batchnorm layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image shape holds %2 values, but the model has %3 inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: convolution and pooling need an image, but this layer reads a flat list of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Dense layer reads an image here; a Flatten layer must come before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the window is %2 pixels, larger than its input (%3 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: drawn pictures belong to data of pictures with classes, and this data set is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out: it is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out: it is %2 pixels wide or tall, more than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out: it is not a PNG, JPEG or BMP picture that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out: it is a link that leads out of the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out: it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 has pictures of one class only (“%2”). Put the pictures of each class in a sub-folder of their own: two or more are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image shape of %1 holds %2 values, but the file has %3 input columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files, the most that Neurona reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 has no picture that Neurona can read (PNG, JPEG or BMP) in a sub-folder of its own. Put the pictures of each class in a sub-folder named after the class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val. loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val. RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 as the current model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep cancelled: %1 of %2 runs trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n run(s) kept on the board.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This run is still training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 as the current model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision boundary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1 runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs done, about %3 s left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs done. Green: completed, red: diverged, blue: stopped early, grey: stopped. Click a run to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep trains the network once for each value of one or two settings and shows every result side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run with %1 cannot be trained: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this run&apos;s network, settings and learned values the current ones (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin / Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs kept at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin runs in the table to compare them here: their boundaries, metrics and the settings in which they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Sweep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (solid) and accuracy (dashed) of the pinned runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run cannot be restored: its network no longer fits the data, or the lesson locks what it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n epoch(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>The network has a problem to fix first (see Problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training data to explain a step on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s values are not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss does not fit the output layer (see Problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network cannot be explained one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1: (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply an explained step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sample to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or click a point on the decision boundary. Step with ← and →.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the values after this step the network&apos;s own (Undo takes them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainText</name>
    <message>
        <source>Forward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss of this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;z&lt;/i&gt;), the layer&apos;s activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relu′(&lt;i&gt;z&lt;/i&gt;) = 1 when &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;z&lt;/i&gt;) = 1 when &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;z&lt;/i&gt;), the slope of the activation at &lt;i&gt;z&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout switches neurons off only while training. When the network predicts, as here, it passes its inputs on unchanged: &lt;i&gt;a&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalisation rescales each input with the mean and variance it learned over the training batches, then applies its own scale γ and shift β:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1: μ = %2, σ² = %3, x = %4 → a = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each neuron multiplies every input by the weight of its edge, adds its bias, and passes the sum &lt;i&gt;z&lt;/i&gt; through the activation &lt;i&gt;f&lt;/i&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 terms) + </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other %1 neurons work the same way; the canvas shows each one&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary cross-entropy compares the predicted probability ŷ with the true class y (0 or 1); it grows without bound as a confident prediction turns out wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy looks only at the probability the network gives the true class c:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True class %1: ŷ&lt;sub&gt;%1&lt;/sub&gt; = %2 &amp;nbsp;→&amp;nbsp; &lt;i&gt;L&lt;/i&gt; = −log %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error averages the squared differences between prediction and target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute error averages the distances between prediction and target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Huber loss is squared for small differences and linear for large ones (d = ŷ − y):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;L&lt;/i&gt; = ½&lt;i&gt;d&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; when |&lt;i&gt;d&lt;/i&gt;| &amp;lt; 1, else |&lt;i&gt;d&lt;/i&gt;| − ½</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a prediction dropout passes values on unchanged, so the gradient passes back unchanged too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale γ and the shift β learn from the gradient that reaches this layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ is how much the loss changes when a neuron&apos;s sum &lt;i&gt;z&lt;/i&gt; changes: δ = ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the output, the derivatives of the activation and of the loss cancel out to a simple difference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the output, the derivative of the loss times the slope of the activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hidden neuron collects the δ of every neuron it feeds, each through the weight of that edge (the chain rule), times the slope of its own activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each weight&apos;s gradient is the input it multiplies times the δ of the neuron it enters; a bias&apos;s gradient is that δ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the canvas, the edges into %1 now show these gradients: colour for the sign, width for the size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent moves every weight a small step against its gradient, scaled by the learning rate η = %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the canvas every edge now shows how its weight would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training uses %1, which keeps a memory of past gradients. On a first step from a fresh start, for %2 of %3: %4 step = %5, new value = &lt;b&gt;%6&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open Project or Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurona projects (*.neurona);;Data files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Neurona</source>
        <extracomment>%1 is the project&apos;s file name; [*] is where the unsaved-changes mark goes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new project with the tutorial network and generated data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Neurona project, or a CSV file as the data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network, data settings, training settings and trained weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Load Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the data set. Undo (Ctrl+Z) brings the previous data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurona projects (*.neurona)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Its data file had disappeared, so its samples are now stored in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist any more. It may have been moved or deleted; it is removed from the list of recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurona did not close properly. Your unsaved work on %1 was autosaved at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it now? If you discard it, it is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the autosaved work. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. %2

The tutorial is open instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data File Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was saved, but its data file has disappeared:
%1

A project cannot hold this data by itself (it has several targets, or its targets are its inputs). Put the file back before you open the project again, or keep the data with “Save Data as CSV…” on the Data panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fixes</name>
    <message>
        <source>Add an output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to 1 neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2 neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set output to 1 unit with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set output to %1 units with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the %2 loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the %1 loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ReLU in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the rate of %1 to 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer of 8 tanh neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ReLU in the hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use leaky ReLU in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a Dense layer of %1 neurons before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the input to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 its default name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesView</name>
    <message>
        <source>The network cannot judge drawings yet: fix the problems, or press Step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added to the data: %n sample(s) in all.</source>
        <translation>
            <numerusform>Added to the data: %n sample in all.</numerusform>
            <numerusform>Added to the data: %n samples in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>This drawing could not be added: the data set is locked or is not pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every picture of the data, with the network&apos;s answer; click one to see its feature maps on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a picture with the mouse: add it to the data, or test what the network says about it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>✓ No problems: the network is ready to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem to fix before training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems to fix before training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to train, with a hint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network trains, but its training shows a problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this? (Concepts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this problem in the Concepts dock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindNames</name>
    <message>
        <source>Dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear: passes the weighted sum through unchanged. Use it on the output for regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid: squashes any number into 0…1. One sigmoid output gives the probability of a yes/no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh: an S-shaped curve from −1 to 1, centred on zero. A good choice for small hidden layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU: keeps positive values and turns negative ones into 0. Fast and the usual default for hidden layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU: like ReLU, but negative values keep a small slope (alpha), so neurons never go completely silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU: like ReLU for positive values, a smooth curve towards −alpha for negative ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELU: a scaled ELU that keeps the signal&apos;s mean and spread stable in deep stacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU: a smooth ReLU that weighs each value by how likely it is to be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swish: x · sigmoid(x), a smooth curve that dips slightly below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softplus: a smooth version of ReLU, log(1 + eˣ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax: turns the output layer into probabilities that add up to 1, one per class. Only for the last layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform (−0.5…0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glorot uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glorot normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorical cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-class classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian quantiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkerboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stripes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread (variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner circle size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bump width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the points spread around the centre; the classes are rings of equal share at any spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inner circle&apos;s radius as a share of the outer one&apos;s: near 1 the two circles almost touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty margin along the axes between the four quarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How wide each blob is: wide blobs overlap and are harder to separate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times each arm winds around the centre: more turns need a more curved boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many squares along each side of the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many parallel bands cross the plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction of the bands, in degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly the value follows x₁.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly the value follows x₂.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bumps the surface has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How wide each bump is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxPool2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AvgPool2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture size (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pictures&apos; height and width: 16 makes 256 pixels, one input each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each picture may be moved from the centre, in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerMapView</name>
    <message>
        <source>How each layer bends space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each layer bends space is shown for data with two inputs and no extra inputs: this network does not see a plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid of the input plane and the training points, as the chosen layer sees them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axis 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axis 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerProperties</name>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropout rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>Press Play to start; the goal is checked at epoch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1: %2 = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Goal reached: %1 = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: %1 = %2. Change something and press Reset to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a lesson index of version 1 (&quot;format&quot;: &quot;neurona-lessons&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs an &quot;id&quot; and an English title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs an English text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text file “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a control a lesson can lock (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal needs a &quot;metric&quot; (accuracy, r2 or loss), a &quot;split&quot; (validation or train), &quot;epochs&quot; and &quot;atLeast&quot; or &quot;atMost&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1 between %2 and %3 after %4 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1 of at least %2 after %3 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1 of at most %2 after %3 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Restart Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lesson&apos;s project again, as it was at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the lesson and unlock every control; the network stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a lesson from &lt;b&gt;File ▸ Lessons&lt;/b&gt;. Each one opens a project, explains what to look at and what to try, and sets a goal you can reach.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked in this lesson: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locks</name>
    <message>
        <source>the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the L1 and L2 penalties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossLandscapeView</name>
    <message>
        <source>Loss landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the loss landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes the loss on a slice through the current weights along two random directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the loss landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss landscape progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss landscape around the current weights, with the training path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the loss around the current weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the loss landscape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss around the current weights (at the centre); the line is the path of training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network first: there are no weights to look around.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1: loss %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, validation loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, R² %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, accuracy %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, validation R² %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, validation accuracy %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, where each step down the axis is 10 times smaller, so the small improvements of the late epochs stay visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step One Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Neurona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Neurona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Neurona %1&lt;/h3&gt;&lt;p&gt;Build small neural networks by dragging layers, train them on 2D data while you watch, and export the trained model.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2, QCustomPlot, Eigen, nlohmann-json, ONNX and protobuf.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a Dense layer first, or drop the activation onto one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Network Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a control afterwards to read the idea behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Net&amp;work to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xperiment Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New S&amp;weep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplain One Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow one sample through the network, forward and back, with the real numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain One Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Layers Bend Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples and drawing pad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation / test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <source>Export Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy script (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch script (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras script (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ header (*.h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurona model (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trained network for use in other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network first: there is no trained model to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the model (epoch %1) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch training script (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkScene</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input layer: one neuron per column of the data set. Its size follows the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Drag to reorder, wheel or +/− to change the units, double-click for all settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem to fix before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems to fix before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to train · see the hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained to epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds its inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joins its inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Drag to move, drag from its right port to another block to connect, double-click for all settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already reads %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wire from %1 to %2 would make a loop: values flow through a network one way only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wire from %1 to %2. Click it and press Delete to remove it; drop a layer on it to insert the layer here. From the keyboard: select %2, then ↓ picks its wires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input layer: the picture, one map per colour channel. It shows the sample chosen in the gallery, or what you draw on the pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filters %2 × %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest of %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average of %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrolls the maps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkTemplates</name>
    <message>
        <source>Tutorial network [2, 4, 8, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR 2-4-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep spiral 2-16-16-16-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax for K classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two hidden layers of 4 and 8 ReLU neurons and one sigmoid output: the classic first network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hidden layer: a single sigmoid neuron that draws a straight boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hidden layer of 4 tanh neurons: just enough to solve XOR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three hidden layers of 16 tanh neurons, deep enough for the two spirals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hidden layer and a softmax output with one neuron per class of the data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Dense Layer Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Dropout Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add BatchNorm Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input layer is always there: its size comes from the data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurona network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Network Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson keeps the network as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged the network in columns, from the input on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrange Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the network out in columns, left to right, with few crossing wires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Places every block of a network with branches in columns: each block one column right of the furthest block it reads, and the blocks of a column in the order of what they read, so few wires cross. One step to undo.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a block first (← →); ↑ and ↓ then pick the wires into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads nothing yet: draw a wire into it, or choose Read From in its menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire %1 of %2 into %3, from %4. Delete removes it; Escape goes back to the block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wire drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PalettePanel</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input layer holds one neuron per column of your data (x₁, x₂, …). Every network has exactly one, and its size comes from the data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fully connected layer: every neuron adds up all the values of the previous layer, each times its own weight, plus a bias, then applies its activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While training, switches off a random share of the values passing through, so the network cannot rely on any single neuron. It reduces overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalisation: rescales each value to mean 0 and spread 1 over the batch, then lets the network learn a better scale. Deep networks train faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last Dense layer gives the answer: 1 sigmoid neuron for yes/no, one softmax neuron per class, or 1 linear neuron for a number. Dropped here, it fits the data set&apos;s task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a layer onto the canvas, between the layers where it should go, or onto a wire. Drop an activation on a Dense layer to change it. Drag from a block&apos;s right port to another block to connect them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds its inputs value by value (they must be equally wide). Wire a layer&apos;s input past a few layers into an Add to make a shortcut, as in a residual network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the values of its inputs side by side, in the order of its wires: two branches of 4 and 3 give 7 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For pictures: each filter, a small window of weights, slides over the picture and gives a map of where its pattern appears. Needs image data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxPool2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinks each map by keeping the largest value of every small window (2 × 2 halves the width and the height), so a pattern may move a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AvgPool2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinks each map by averaging every small window (2 × 2 halves the width and the height).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrolls the maps into one column of values (row by row, channels last), so Dense layers can read them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotSaveMenu</name>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plot as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plot as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the whole screen, for a projector or a smart board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every text in the window larger, so the back rows can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every text in the window smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the text to its usual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White text on a black background, for bright rooms and low vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour-Blind-Safe Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw classes and the decision boundary with colours that people with colour blindness can tell apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>%1: %2</source>
        <extracomment>One bar of the drawing pad&apos;s probabilities: a class and its probability, e.g. &quot;7: 93%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probabilities yet: draw something to test the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change data preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train to epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep at Most %n Run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a sample of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Select a layer on the canvas to see and change its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many neurons this layer has. More neurons can draw more complex boundaries, but learn more slowly and overfit more easily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function each neuron applies to its weighted sum. Without one, stacked layers would be no better than a single layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope for negative inputs (leaky ReLU) or the negative limit (ELU). 0 uses the usual default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight initialisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights are chosen before training. Glorot suits tanh and sigmoid; He suits ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias initialisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the biases start. Zeros is the usual choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 penalty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushes weights to exactly zero, keeping only the useful connections. Added to the training run&apos;s own L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 penalty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps weights small, which smooths the decision boundary. Added to the training run&apos;s own L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of values switched off at random in each training step. 0.2 to 0.5 is typical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the running mean and variance follow each batch (PyTorch convention: 0.1 means 10% of the new batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epsilon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tiny number added to the variance so the division never hits zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in, %2 out · %3 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many filters slide over the picture. Each one learns its own pattern and gives its own feature map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window each filter sees, height × width: 3 × 3 is the usual choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window that becomes one value, height × width: 2 × 2 halves the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the window moves each time, down × across. A pool moves by its own size unless you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same: zeros around the picture keep its size (a stride of 2 halves it). Valid: the window stays inside the picture, so the map shrinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid (no padding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same (keep the size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunMessages</name>
    <message>
        <source>Training reached epoch %1, the limit you set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping: the validation loss stopped improving (epoch %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size %1 is larger than the %2 training samples, so each epoch is one batch of all %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training starts again from epoch 0 after this change. Undo (Ctrl+Z) brings the trained network back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has a problem that stops training; see the Problems panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training data. Generate or load a data set first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training diverged at epoch %1: the loss became infinite. The plots show the last good state. Try a lower learning rate (now %2), for example %3, then press Reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training diverged at epoch %1: lower the learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Diverged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStatusText</name>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleGallery</name>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image samples to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %Ln mistake(s)</source>
        <extracomment>After &quot;Showing 37 of 2000 samples&quot;: how many of the samples shown the network gets wrong.</extracomment>
        <translation>
            <numerusform> · %Ln mistake</numerusform>
            <numerusform> · %Ln mistakes</numerusform>
        </translation>
    </message>
    <message>
        <source>One tile per sample: its picture and, under it, the predicted class and the confidence. Mistakes have a red dashed frame and a cross. Click a sample or press Enter to select it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;True class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predicted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the samples of this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the samples the network puts in this class (after training has started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the samples whose predicted class is not their true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleGalleryModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under a sample&apos;s picture: the predicted class and the network&apos;s confidence, e.g. &quot;7 · 93%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1: true %2, not predicted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1: true %2, predicted %3, %4, wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1: true %2, predicted %3, %4, right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R² %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>New Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network once for every value (and every pair of values, with two settings). Separate the values with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep a second setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs of each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs of each run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout rate of a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer of the first setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer of the second setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the first setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the second setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a setting and its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SweepGrid</name>
    <message>
        <source>val. %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val. loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 after %n epoch(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s): mean %1, from %2 to %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingHealthView</name>
    <message>
        <source>Train the network to see, epoch by epoch, how well each layer learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ReLU layer: only ReLU neurons can die (output 0 for every example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation (mean ± spread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead neurons (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient size per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of each layer&apos;s weight gradient over the epochs, on a logarithmic scale. A layer far below the output layer hardly learns (vanishing gradients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of each layer&apos;s outputs over the epochs, with a band of one standard deviation either side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead neurons per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of each ReLU layer&apos;s neurons that output 0 for every example, over the epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore best weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step every (epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine annealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) per frame</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1k epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one epoch: one pass through all the training examples, one mini-batch at a time (→).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to epoch 0 with freshly drawn random weights: training starts again from scratch (R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big a step each update takes: too high and the loss jumps or diverges, too low and training crawls. The scale is logarithmic; changes apply at once, without a reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pauses by itself after this many epochs (passes through the training data); more is not always better, as the network may start to overfit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many epochs are trained between two redraws of the plots: more is faster, fewer lets you watch the boundary change step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same starting weights and the same order of the examples, so a run can be repeated exactly; another seed shows how much the result owes to chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping: training stops when the validation loss has not improved for this many epochs, before the network starts to overfit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When early stopping ends the run, go back to the weights of the epoch with the lowest validation loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step keeps this share of the previous one, so the updates gather speed in a steady direction and the zigzags cancel out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much Adam&apos;s running average of the gradient remembers of earlier steps (0.9: about the last 10); it smooths the direction of the updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much Adam&apos;s running average of the squared gradient remembers (0.999: about the last 1000 steps); it scales each weight&apos;s step by the usual size of its gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinks every weight a little at each step, which keeps the weights small and the boundary smooth, as L2 regularisation does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning rate changes during training: large steps first and smaller ones later help the network settle into a minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step decay: every this many epochs, the learning rate is multiplied by the factor γ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factor the learning rate is multiplied by: every epoch for exponential decay, every few epochs for step decay (0.1 divides it by 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine annealing lowers the learning rate along half a cosine wave, from its start value to 0 in this many epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause training: the network repeats the training loop (predict, measure the loss, backpropagate, update the weights) epoch after epoch (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate slider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early stopping patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore best weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>&amp;Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these values (Enter); Undo takes them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuron %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, neuron %2: the weight from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bias of neuron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight from %1 to neuron %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias of neuron %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit weight and bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The project to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
