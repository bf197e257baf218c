/**
 * Chinese queries a staff member would type, each with the page that must be among the first TOP (5)
 * results: standards whose clause headings hold the word rank first by design, so a checklist or case
 * titled with the word comes right after them. Most are two to four characters; several sit inside longer compounds on the page
 * (需求 in 需求分析, 档案 in 合规与档案专员, 分解 in 工作分解结构). Then questions in the words staff
 * use, citations (code and clause number) and clause titles, whose clause must come first. A miss is fixed in the index (indexed text, metadata, settings), never here.
 */
/** How far down the expected page may appear, for queries not marked `first`. */
export const TOP = 5;

export interface SearchQuery {
	query: string;
	/** Root-relative URL (zh-CN) of the page or glossary term that must be in the first TOP results. */
	expect: string;
	why: string;
	/** The expected page must be the first result, not only in the first three. */
	first?: true;
}

export const SEARCH_QUERIES: readonly SearchQuery[] = [
	{ query: '需求', expect: '/checklists/needs-analysis/', why: 'prefix of the compound 需求分析 in the title' },
	{ query: '分析', expect: '/checklists/needs-analysis/', why: 'second half of 需求分析' },
	{ query: '验收', expect: '/checklists/delivery-acceptance/', why: 'title 成果交付与验收' },
	{ query: '验收标准', expect: '/glossary/#acceptance-criteria', why: 'a glossary term' },
	{ query: '风险评估', expect: '/checklists/risk-response/', why: 'checklist built around risk assessment' },
	{ query: '评估', expect: '/checklists/evaluation-feedback/', why: 'inside 评估与反馈' },
	{ query: '里程碑', expect: '/glossary/#milestone', why: 'term the index once cut as 里程 + 碑' },
	{ query: '甘特图', expect: '/glossary/#gantt-chart', why: 'a word the browser cuts per character' },
	{ query: '干系人', expect: '/glossary/#stakeholder', why: 'a word the browser cuts per character' },
	{ query: '基线', expect: '/glossary/#baseline', why: 'a word the browser cuts per character' },
	{ query: '不合格', expect: '/checklists/quality-control/', why: 'inside 不合格处理 and 不合格项' },
	{
		query: '沟通',
		expect: '/checklists/communication-setup/',
		why: 'the checklist for setting up communication; standards whose clauses are headed 沟通 come first',
	},
	{ query: '信任', expect: '/cases/lack-of-trust/', why: 'title 信任缺失' },
	{ query: '职责', expect: '/cases/unclear-responsibilities/', why: 'title 职责不清' },
	{ query: '内部客户', expect: '/cases/internal-customer-model/', why: 'title 内部客户制' },
	{ query: '跨部门', expect: '/standards/cd-01/', why: 'title 跨部门服务协作规范' },
	{ query: '档案', expect: '/handbooks/records-officer/', why: 'inside the role name 合规与档案专员' },
	{ query: '分解', expect: '/cases/wbs-goal-decomposition/', why: 'title 用 WBS 分解项目目标, and 工作分解结构' },
	{ query: '响应时间', expect: '/cases/response-time-data-analysis/', why: 'case title' },
	{ query: '协作计划', expect: '/standards/sc-01/', why: 'a stage of the process standard' },
	{ query: '可行性', expect: '/checklists/needs-analysis/', why: 'checklist group 可行性与优先级' },
	{ query: '冲突', expect: '/standards/tc-01/', why: 'clause on decisions and conflict' },
	{ query: '升级', expect: '/glossary/#escalation', why: 'glossary term 问题升级' },
	{ query: '保密', expect: '/glossary/#confidentiality', why: 'glossary term' },
	{ query: '满意度', expect: '/glossary/#satisfaction-survey', why: 'inside the term 满意度调查' },
	{ query: '服务蓝图', expect: '/glossary/#service-blueprint', why: 'glossary term' },
	{ query: '持续改进', expect: '/glossary/#continuous-improvement', why: 'glossary term' },
	{ query: '客户经理', expect: '/handbooks/account-manager/', why: 'role handbook' },
	{ query: '团队主管', expect: '/handbooks/team-lead/', why: 'role handbook' },
	{ query: '质量控制', expect: '/checklists/quality-control/', why: 'checklist title' },
	{ query: '验收标准是什么', expect: '/glossary/#acceptance-criteria', why: 'a question: 是什么 names nothing to find' },
	{ query: '谁负责风险评估', expect: '/checklists/risk-response/', why: 'a question about a duty' },
	{ query: '如何处理不合格项', expect: '/checklists/quality-control/', why: 'a question about a procedure' },
	{ query: 'SC-01 2.4', expect: '/standards/sc-01/#c-2-4', why: 'a citation: code and clause number', first: true },
	{ query: 'sc-01 §5.3', expect: '/standards/sc-01/#c-5-3', why: 'a citation in lower case with §', first: true },
	{ query: '5.3 不合格处理', expect: '/standards/sc-01/#c-5-3', why: 'a clause number with its title, no code', first: true },
	{
		query: 'TC-01 §1.4',
		expect: '/standards/tc-01/#c-5-3',
		why: 'a moved clause keeps its anchor; the number is the current one',
		first: true,
	},
	{ query: '需求确认', expect: '/standards/sc-01/', why: 'SC-01 §2.4 is headed 需求确认; lists and quizzes only mention it', first: true },
	{ query: '不合格处理', expect: '/standards/sc-01/', why: 'SC-01 §5.3 is headed 不合格处理', first: true },
];
