import { describe, expect, it } from 'vitest';
import {
  bulletAnchor,
  domainDrillSlug,
  examGuideMapHref,
  mlaAnchor,
  drillHref,
  pageHref,
  questionAnchor,
  sectionHref,
  taskAnchor,
  taskDrillHref,
  treeAnchor,
} from './urls.ts';

describe('urls', () => {
  it('builds page and section links with a trailing slash', () => {
    expect(pageHref('data-engineering/streaming-ingestion')).toBe('/data-engineering/streaming-ingestion/');
    expect(sectionHref('modeling/algorithms/xgboost', 'hyperparameters')).toBe('/modeling/algorithms/xgboost/#hyperparameters');
    expect(sectionHref('modeling/algorithms/xgboost')).toBe('/modeling/algorithms/xgboost/');
  });

  it('names task statements, drills, questions and trees the same way everywhere', () => {
    expect(taskAnchor('3.4')).toBe('task-3-4');
    expect(bulletAnchor('3.4.b')).toBe('bullet-3-4-b');
    expect(mlaAnchor('mla:2.3')).toBe('mla-2-3');
    expect(mlaAnchor('mla:4.2.s10')).toBe('mla-4-2-s10');
    expect(examGuideMapHref(taskAnchor('1.2'))).toBe('/reference/exam-guide-map/#task-1-2');
    expect(taskDrillHref('3.4')).toBe('/practice/drills/task-3-4/');
    expect(drillHref(domainDrillSlug(2))).toBe('/practice/drills/domain-2/');
    expect(questionAnchor('d1-kds-shard-count')).toBe('q-d1-kds-shard-count');
    expect(treeAnchor('inference-option')).toBe('tree-inference-option');
  });
});
