/**
 * The metrics each results table lists, in order: the key of its `output[data-out]` (a key of
 * calculator-outputs.ts), its label and its formula in TeX.
 */
import type { ConfusionKey, RegressionKey } from '../../../lib/widgets/calculator-outputs.ts';

interface Metric<K extends string> {
  key: K;
  label: string;
  tex: string;
}

export const METRICS: { confusion: readonly Metric<ConfusionKey>[]; regression: readonly Metric<RegressionKey>[] } = {
  confusion: [
    { key: 'accuracy', label: 'Accuracy', tex: '\\frac{TP+TN}{TP+FP+FN+TN}' },
    { key: 'precision', label: 'Precision', tex: '\\frac{TP}{TP+FP}' },
    { key: 'recall', label: 'Recall (sensitivity)', tex: '\\frac{TP}{TP+FN}' },
    { key: 'specificity', label: 'Specificity', tex: '\\frac{TN}{TN+FP}' },
    { key: 'f1', label: 'F1', tex: '\\frac{2\\,TP}{2\\,TP+FP+FN}' },
    { key: 'fBeta', label: 'F-beta', tex: '\\frac{(1+\\beta^2)\\,TP}{(1+\\beta^2)\\,TP+\\beta^2 FN+FP}' },
  ],
  regression: [
    { key: 'mae', label: 'MAE', tex: '\\frac{1}{n}\\sum|y_i-\\hat y_i|' },
    { key: 'mse', label: 'MSE', tex: '\\frac{1}{n}\\sum(y_i-\\hat y_i)^2' },
    { key: 'rmse', label: 'RMSE', tex: '\\sqrt{\\text{MSE}}' },
    { key: 'mape', label: 'MAPE (%)', tex: '\\frac{100}{n}\\sum\\left|\\frac{y_i-\\hat y_i}{y_i}\\right|' },
    { key: 'r2', label: 'R²', tex: '1-\\frac{\\sum(y_i-\\hat y_i)^2}{\\sum(y_i-\\bar y)^2}' },
  ],
};
