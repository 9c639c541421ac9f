#include "ui/code/CodeCommentText.h"

std::string CodeCommentText::text(neurona::CodeComment id) {
  using neurona::CodeComment;
  switch (id) {
  case CodeComment::Title:
    return tr("A Neurona project's training run written from scratch with NumPy: the data, the network, the "
              "loss, backpropagation and the optimizer, step by step.")
        .toStdString();
  case CodeComment::Usage: return tr("Run it with Python 3 and NumPy:").toStdString();
  case CodeComment::OutputFormat:
    return tr("It prints a header line, then one line per epoch: the epoch, the training loss and, with "
              "validation rows, the validation loss (the columns of neurona-cli train --history).")
        .toStdString();
  case CodeComment::Float32: return tr("Every array is float32, as Neurona computes.").toStdString();
  case CodeComment::SectionData: return tr("1. The data").toStdString();
  case CodeComment::DataNames:
    return tr("The names of the inputs and of the classes, for reference.").toStdString();
  case CodeComment::DataTrain:
    return tr("The training rows as Neurona's trainer receives them: already split, with the extra inputs "
              "appended and the preprocessing applied. One row per sample, one column per network input.")
        .toStdString();
  case CodeComment::TargetsBinary:
    return tr("The target of each row for the one sigmoid output: 1 for the second class, 0 for the first.")
        .toStdString();
  case CodeComment::TargetsOneHot:
    return tr("The target of each row, one-hot: 1 in the column of its class, 0 elsewhere.").toStdString();
  case CodeComment::TargetsRegression: return tr("The target value of each row.").toStdString();
  case CodeComment::DataValidation:
    return tr("The validation rows, prepared the same way: the network never trains on them; their loss is "
              "measured after every epoch.")
        .toStdString();
  case CodeComment::NoValidation: return tr("The project keeps no validation rows.").toStdString();
  case CodeComment::SectionNetwork: return tr("2. The network").toStdString();
  case CodeComment::Architecture:
    return tr("The layers in order, from the inputs to the output layer: dense layers with their number of "
              "units and activation.")
        .toStdString();
  case CodeComment::Settings: return tr("The training settings of the project.").toStdString();
  case CodeComment::SectionInitial: return tr("3. The initial values").toStdString();
  case CodeComment::InitialFromSeed:
    return tr("The values a training run starts from, drawn from the training seed exactly as Neurona draws "
              "them.")
        .toStdString();
  case CodeComment::InitialFromModel:
    return tr("The project's trained values: training continues from them, as it does in Neurona.")
        .toStdString();
  case CodeComment::WeightShape:
    return tr("A dense layer's weights W have one row per input and one column per unit, its bias b one "
              "value "
              "per unit.")
        .toStdString();
  case CodeComment::BatchNormValues:
    return tr("Batch normalisation: the scale gamma and shift beta it learns, and the running mean and "
              "variance it uses at inference.")
        .toStdString();
  case CodeComment::SectionActivations:
    return tr("4. Activation functions and their derivatives").toStdString();
  case CodeComment::ActivationBackward:
    return tr("Each NAME_backward(z, a, da) turns the gradient of the loss with respect to a layer's output "
              "a = NAME(z) into the gradient with respect to z (the chain rule: da times the derivative).")
        .toStdString();
  case CodeComment::SectionForward: return tr("5. The forward pass").toStdString();
  case CodeComment::ForwardDense:
    return tr("A dense layer computes z = x @ W + b for all rows at once, then a = activation(z). The cache "
              "keeps what backpropagation needs.")
        .toStdString();
  case CodeComment::ForwardDropout:
    return tr("Dropout in training: each value is zeroed with probability rate, the others are scaled by 1 / "
              "(1 - rate); at inference it passes the values through.")
        .toStdString();
  case CodeComment::ForwardBatchNorm:
    return tr("Batch normalisation in training: each column is normalised with the batch's mean and "
              "variance, "
              "then scaled and shifted, and the running statistics move towards the batch's; at inference it "
              "uses the running statistics.")
        .toStdString();
  case CodeComment::SectionLoss: return tr("6. The loss").toStdString();
  case CodeComment::LossMse:
    return tr("Mean squared error: the mean of (a - y)^2 over every output value.").toStdString();
  case CodeComment::LossMae:
    return tr("Mean absolute error: the mean of |a - y| over every output value.").toStdString();
  case CodeComment::LossHuber:
    return tr("Huber loss: d^2 / 2 where |d| < 1, else |d| - 1/2 (d = a - y), averaged over every output "
              "value.")
        .toStdString();
  case CodeComment::LossBce:
    return tr("Binary cross-entropy, computed from the logits z of the sigmoid output in a form that stays "
              "finite for large |z|, averaged over every output value.")
        .toStdString();
  case CodeComment::LossCce:
    return tr("Categorical cross-entropy, computed from the logits z of the softmax output: log-sum-exp of z "
              "minus the logit of the true class, averaged over the rows.")
        .toStdString();
  case CodeComment::LossGradient:
    return tr("The gradient of the loss with respect to the output layer's values a; the 1/n of the mean is "
              "applied here, once.")
        .toStdString();
  case CodeComment::LossGradientFused:
    return tr("With this loss and this output activation the gradient with respect to the logits is simply "
              "(a - y) / n, where n is the count the mean divides by.")
        .toStdString();
  case CodeComment::SectionBackward: return tr("7. Backpropagation").toStdString();
  case CodeComment::BackwardDense:
    return tr("From the output layer back to the first: delta is the gradient of the loss with respect to a "
              "layer's z; dW = x.T @ delta, db = the column sums of delta, and delta @ W.T is the gradient "
              "for "
              "the layer below.")
        .toStdString();
  case CodeComment::BackwardDropout:
    return tr("Dropout: the gradient goes back through the same mask.").toStdString();
  case CodeComment::BackwardBatchNorm:
    return tr("Batch normalisation: the gradients of gamma and beta, and the gradient of its input through "
              "the "
              "batch's mean and variance.")
        .toStdString();
  case CodeComment::Penalties:
    return tr("L1 and L2 penalties add l1 * sign(W) + l2 * W to the gradients of the weights (not of the "
              "biases).")
        .toStdString();
  case CodeComment::Clipping:
    return tr("Gradient clipping: when the norm of all gradients together is above the limit, they are "
              "scaled "
              "down to it.")
        .toStdString();
  case CodeComment::SectionOptimizer: return tr("8. The optimizer").toStdString();
  case CodeComment::OptimizerSgd:
    return tr("Stochastic gradient descent: every value takes a step against its gradient, the learning rate "
              "long.")
        .toStdString();
  case CodeComment::OptimizerMomentum:
    return tr("With momentum: a velocity accumulates the gradients, and the values move along it.")
        .toStdString();
  case CodeComment::OptimizerNesterov:
    return tr("Nesterov momentum: the step looks ahead, gradient plus momentum times the velocity.")
        .toStdString();
  case CodeComment::OptimizerAdam:
    return tr("Adam: running averages of the gradient (m) and of its square (v), corrected for having "
              "started "
              "at zero; each value steps by m / (sqrt(v) + eps).")
        .toStdString();
  case CodeComment::OptimizerAdamW:
    return tr("AdamW: Adam whose weight decay shrinks the values directly instead of adding to the gradient.")
        .toStdString();
  case CodeComment::OptimizerRmsProp:
    return tr("RMSprop: each gradient is divided by the root of a running average of its square.")
        .toStdString();
  case CodeComment::OptimizerAdagrad:
    return tr("Adagrad: each gradient is divided by the root of the sum of all its squares so far.")
        .toStdString();
  case CodeComment::WeightDecay:
    return tr("Weight decay adds weight_decay * value to every gradient.").toStdString();
  case CodeComment::Schedule: return tr("The learning rate of each epoch (the schedule).").toStdString();
  case CodeComment::SectionTraining: return tr("9. Training").toStdString();
  case CodeComment::RandomEngine:
    return tr("Neurona's random engine, std::mt19937_64, bit for bit: it shuffles the rows and draws the "
              "dropout masks, so that they are the same as in Neurona.")
        .toStdString();
  case CodeComment::RandomSkip:
    return tr("The engine has already drawn the initial values when training starts: skip those draws.")
        .toStdString();
  case CodeComment::FullBatch:
    return tr("Full batch: every epoch is one step computed on all training rows at once.").toStdString();
  case CodeComment::BatchesInOrder:
    return tr("Mini-batches taken in the order of the rows (shuffling is off).").toStdString();
  case CodeComment::BatchesShuffled:
    return tr("Mini-batches: every epoch the rows are shuffled (Fisher-Yates with the engine), then taken in "
              "that order.")
        .toStdString();
  case CodeComment::EpochLoss:
    return tr("An epoch's loss is the mean of its batches' losses, weighted by their sizes, as Neurona "
              "reports "
              "it.")
        .toStdString();
  case CodeComment::Divergence:
    return tr("A loss or a value that is no longer a finite number ends the run there, as in Neurona "
              "(diverged).")
        .toStdString();
  case CodeComment::ValidationLoss:
    return tr("The validation loss: the forward pass in inference mode on the validation rows.")
        .toStdString();
  case CodeComment::EarlyStopping:
    return tr("Early stopping: stop when the validation loss (the training loss without validation rows) has "
              "not improved by min_delta for patience epochs.")
        .toStdString();
  case CodeComment::CommandLine:
    return tr("The command line: --epochs N trains N epochs (default: the project's), --history FILE also "
              "writes the lines to FILE.")
        .toStdString();
  }
  return neurona::englishCodeComment(id); // an id added to core before it is added here
}
