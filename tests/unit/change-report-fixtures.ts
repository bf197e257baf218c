/**
 * A small library of content on two sides of a pull request, for the change-report tests: on the
 * base, standard xx-01 1.0.0 cited by every kind of content; on the branch, xx-01 1.1.0 rewords
 * §1.1 (3 → 5 working days), removes §1.3 and adds §1.4, and a new standard yy-01 arrives with a
 * quiz and a path step. Built as path → text maps, so the same files serve the pure tests and the
 * git repository the script test makes.
 */
import { computeLock, isReleased } from '../../src/lib/version-lock.ts';

const standard = (version: string, status: string, changes: string[], body: string, code = 'XX-01', title = '答复时限标准') =>
	`---
code: ${code}
title: ${title}
version: ${version}
status: ${status}
effective: 2026-01-01
reviewBy: 2027-01-01
owner: lead
stages: [execution]
summary: 规定客户问题的答复时限。
changes:
${changes.map((c) => `  - ${c}`).join('\n')}
---

${body}`;

const BODY_1_0 = `## 1 答复

### 1.1 答复时限

收到客户问题后，须在 3 个工作日内给出书面答复。

### 1.2 答复记录

每次答复都须记入问题清单。

### 1.3 电话答复

电话答复须在当天补写书面记录。
`;

const BODY_1_1 = `## 1 答复

### 1.1 答复时限

收到客户问题后，须在 5 个工作日内给出书面答复。

### 1.2 答复记录

每次答复都须记入问题清单。

### 1.4 答复抽查

质量专员每月抽查十条答复记录。
`;

const quiz = `title: 答复时限测验
description: 检验对答复时限的掌握。
standards: [xx-01]
passMark: 0.8
questions:
  - id: q1
    type: true-false
    prompt: 客户问题须在 3 个工作日内书面答复。
    ref: "xx-01#c-1-1"
    answer: true
    explanation: 见 XX-01 §1.1。
  - id: q2
    type: true-false
    prompt: 电话答复不需要书面记录。
    ref: "xx-01#c-1-3"
    answer: false
    explanation: 电话答复须当天补写记录。
  - id: q3
    type: true-false
    prompt: 答复须记入问题清单。
    ref: "xx-01#c-1-2"
    answer: true
    explanation: 见记录要求。
`;

const assessment = `title: 答复自查
description: 自查答复是否及时。
audience: team
standards: [xx-01]
scoring: weighted-mean
levels:
  - min: 0
    label: 待改进
dimensions:
  - id: speed
    title: 及时性
    statements:
      - id: s-fast
        text: 我们总在收到客户问题后 3 个工作日内给出书面答复。
    bands:
      - min: 0
        level: red
        label: 偏慢
        recommendation: 电话答复后当天补写书面记录。
        refs: ["xx-01#c-1-3"]
  - id: records
    title: 记录
    statements:
      - id: s-log
        text: 每次答复都有记录。
    bands:
      - min: 0
        level: red
        label: 缺记录
        recommendation: 逐条补记。
        refs: ["xx-01#c-1-2"]
`;

const checklist = `---
title: 答复检查
summary: 答复前逐项检查。
roles: [lead]
stages: [execution]
standards: [xx-01]
---

## 答复

- [ ] 已在时限内答复 [](std:xx-01#c-1-1)
- [ ] 电话答复已补写记录 [](std:xx-01#c-1-3)
- [ ] 已记入问题清单 [](std:xx-01#c-1-2)
`;

const handbook = `---
title: 负责人
titleEn: Lead
purpose: 对答复负责。
responsibilities:
  - stage: execution
    duties:
      - 督促答复
clauses:
  - "xx-01#c-1-1"
---

负责人每周检查答复时限（见 XX-01 §1.1）。
`;

const glossary = `- id: reply
  term: 答复
  definition: 对客户问题的书面回应。
  refs: ["xx-01#c-1-3"]
`;

const path = (extra = '') => `role: lead
title: 负责人入职路径
description: 负责人上岗前的准备。
steps:
  - kind: read
    target: xx-01
    note: 重点是 XX-01 §1.3 的电话答复。
  - kind: quiz
    target: reply-quiz
${extra}`;

const traceability = (extra = '') => `xx-01:
  c-1: "种子 一"
${extra}`;

function withLock(files: Record<string, string>): Map<string, string> {
	const sources = Object.entries(files)
		.filter(([p]) => p.startsWith('content/standards/'))
		.map(([p, text]) => ({ path: p, text, released: isReleased(text) }));
	return new Map([...Object.entries(files), ['content/standards.lock.json', `${JSON.stringify(computeLock(sources), null, '\t')}\n`]]);
}

const baseFiles = {
	'content/standards/xx-01/1.0.0.mdx': standard('1.0.0', 'active', ['首次发布'], BODY_1_0),
	'content/quizzes/reply-quiz.yaml': quiz,
	'content/assessments/reply-check.yaml': assessment,
	'content/checklists/reply.mdx': checklist,
	'content/handbooks/lead.mdx': handbook,
	'content/glossary.yaml': glossary,
	'content/paths/lead.yaml': path(),
	'content/traceability.yaml': traceability(),
};

export const base = withLock(baseFiles);

/** The author's branch; `overrides` change or add files (a value of `null` deletes one). */
export function branch(overrides: Record<string, string | null> = {}): Map<string, string> {
	const files: Record<string, string> = {
		...baseFiles,
		'content/standards/xx-01/1.0.0.mdx': standard('1.0.0', 'superseded', ['首次发布'], BODY_1_0),
		'content/standards/xx-01/1.1.0.mdx': standard(
			'1.1.0',
			'active',
			['1.1 答复时限由 3 个工作日改为 5 个工作日', '删除 1.3 电话答复', '新增 1.4 答复抽查'],
			BODY_1_1,
		),
		'content/standards/yy-01/1.0.0.mdx': standard(
			'1.0.0',
			'active',
			['首次发布'],
			'## 1 归档\n\n### 1.1 归档时限\n\n答复后 10 个工作日内归档。\n',
			'YY-01',
			'归档标准',
		),
		'content/quizzes/yy-quiz.yaml': quiz.replace(/xx-01/g, 'yy-01').replace(/c-1-[23]/g, 'c-1-1'),
		'content/paths/lead.yaml': path('  - kind: read\n    target: yy-01\n'),
		'content/traceability.yaml': traceability('yy-01:\n  c-1: "种子 二"\n'),
	};
	for (const [file, text] of Object.entries(overrides)) {
		if (text === null) delete files[file];
		else files[file] = text;
	}
	return withLock(files);
}

export { BODY_1_1, standard };
