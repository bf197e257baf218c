/**
 * `npm run new:standard -- <id>`: creates content/standards/<id>/0.1.0.mdx, a draft with every
 * required field and a first clause, ready to edit. Drafts are built only with PROCESSBOOK_PREVIEW=1.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLUG_PATTERN } from '../schemas/fields.ts';
import { siteConfig } from '../src/config.ts';

const id = process.argv[2];
if (!id || !SLUG_PATTERN.test(id)) {
	console.error('Usage: npm run new:standard -- <id>   (a lower-case id such as "qa-02")');
	process.exit(1);
}
const folder = join(siteConfig.contentDir, 'standards', id);
if (existsSync(folder)) {
	console.error(`${folder} already exists. To change an existing standard, run: npm run new:version -- ${id} <major|minor|patch>`);
	process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
const file = join(folder, '0.1.0.mdx');
mkdirSync(folder, { recursive: true });
writeFileSync(
	file,
	`---
code: ${id.toUpperCase()}
title: 新标准标题
version: 0.1.0
status: draft
effective: ${today}
reviewBy: ${nextYear}
owner: project-lead
stages: [cross-cutting]
summary: 用一句话说明本标准规定什么。
changes:
  - 首次起草。
audience: []
tags: []
---

本标准的目的与适用范围。

## 1 总则

### 1.1 目的与适用范围

说明本标准要解决的问题和适用的项目类型。
`,
);
console.log(
	`Created ${file} (draft). Preview it with PROCESSBOOK_PREVIEW=1 npm run dev; set status: active and run npm run lock:standards to release it.`,
);
