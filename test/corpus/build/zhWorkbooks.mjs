/**
 * The Simplified Chinese workbooks of the corpus: what each sheet holds, cell by cell, and the risk
 * records a reader must find in it. Rows are listed from row 1; `null` is a blank cell (and the cells a
 * merge covers).
 *
 * The definitions are kept out of prettier: one spreadsheet row per line reads like the sheet.
 */
import { date, maxTimes, product, risk } from "./cells.mjs";

const SIGN_OFF = "编制人：李娜　　　审核人：王强　　　批准人：赵敏";

/** 1. ExcelJS: title, header in row 3, sign-off line, separate plan, "2026年3月" dates. */
// prettier-ignore
const titleSignOff = (() => {
  const register = [
    [1, "R-01", "客户信息数据库", "未授权访问", "访问控制策略不完善", 4, 4, "高", "张伟"],
    [2, "R-02", "办公笔记本电脑", "设备丢失或被盗", "未启用磁盘加密", 3, 4, "中", "李娜"],
    [3, "R-03", "邮件系统", "恶意代码", "终端防病毒未统一管理", 4, 3, "中", "王强"],
    [4, "R-04", "核心交换机", "设备故障", "缺乏冗余设计", 2, 5, "中", "王强"],
    [5, "R-05", "财务系统", "误操作", "缺少双人复核", 2, 3, "低", "陈静"],
    [6, "R-06", "源代码库", "数据泄露", "代码仓库权限过宽", 3, 5, "高", "刘洋"],
    [7, "R-07", "机房UPS", "供电中断", "电池老化未定期检测", 2, 4, "低", "王强"],
    [8, "R-08", "全体员工", "社会工程学攻击", "安全意识培训不足", 4, 3, "中", "赵敏"],
  ];
  return {
    file: "zh-exceljs-title-signoff.xlsx",
    writer: "exceljs",
    lang: "zh-CN",
    layout:
      "merged title and a scope line above the header (row 3), 序号 + 风险编号, sign-off line 编制人：/审核人：/批准人： under the register; separate 风险处置计划 sheet (header row 2) with dates typed 2026年3月 and controls 'A.8.7、A.8.13'; two risks not in the plan",
    sheets: [
      {
        name: "风险评估表",
        rows: [
          ["XX科技有限公司信息安全风险评估表"],
          ["评估范围：总部及数据中心", null, null, null, null, null, null, "评估日期：2026年1月15日"],
          ["序号", "风险编号", "资产名称", "威胁", "脆弱性", "可能性", "影响程度", "风险值", "风险等级", "风险责任人"],
          ...register.map(([n, id, asset, threat, vuln, l, i, level, owner], k) => [
            n,
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 4, ["F", l], ["G", i]),
            level,
            owner,
          ]),
          [],
          ["编制人：李娜", null, null, null, "审核人：王强", null, null, "批准人：赵敏"],
          ["日期：2026年1月20日"],
        ],
        merges: ["A1:J1", "A2:D2", "H2:J2", "A13:C13", "E13:G13", "H13:J13"],
        widths: { C: 16, D: 16, E: 22, J: 12 },
      },
      {
        name: "风险处置计划",
        rows: [
          ["风险处置计划（2026年第一季度）"],
          ["风险编号", "风险描述", "处置方式", "处置措施", "控制措施（附录A）", "责任人", "计划完成时间", "完成状态"],
          ["R-01", "客户信息数据库因访问控制不完善被未授权访问", "降低", "部署多因素认证并每季度复核权限", "A.5.15、A.8.5", "张伟", "2026年3月", "进行中"],
          ["R-02", "笔记本电脑丢失导致数据泄露", "降低", "全盘加密并启用远程擦除", "A.8.1、A.8.24", "李娜", "2026年4月", "未开始"],
          ["R-03", "恶意代码经邮件传播", "降低", "统一部署终端防护并定期离线备份", "A.8.7、A.8.13", "黄勇", "2026年3月", "进行中"],
          ["R-04", "核心交换机故障导致网络中断", "转移", "与厂商签订备件及4小时维保SLA", "A.5.20、A.8.14", "王强", "2026年6月", "未开始"],
          ["R-06", "源代码因权限过宽而泄露", "降低", "收紧仓库权限并启用审计日志", "A.8.4、A.8.15", "刘洋", "2026年5月", "未开始"],
          ["R-08", "员工受社会工程学攻击", "降低", "开展全员安全意识培训及钓鱼演练", "A.6.3", "人力资源部", "2026年2月", "已完成"],
          [],
          [SIGN_OFF],
        ],
        merges: ["A1:H1", "A10:H10"],
        widths: { B: 30, D: 30, E: 18 },
      },
    ],
    risks: [
      risk("R-01", { likelihood: 4, impact: 4 }, "reduce", ["5.15", "8.5"], "张伟", "2026-03-31"),
      risk("R-02", { likelihood: 3, impact: 4 }, "reduce", ["8.1", "8.24"], "李娜", "2026-04-30"),
      risk("R-03", { likelihood: 4, impact: 3 }, "reduce", ["8.7", "8.13"], "黄勇", "2026-03-31"),
      risk("R-04", { likelihood: 2, impact: 5 }, "transfer", ["5.20", "8.14"], "王强", "2026-06-30"),
      risk("R-05", { likelihood: 2, impact: 3 }, null, null, "陈静"),
      risk("R-06", { likelihood: 3, impact: 5 }, "reduce", ["8.4", "8.15"], "刘洋", "2026-05-31"),
      risk("R-07", { likelihood: 2, impact: 4 }, null, null, "王强"),
      risk("R-08", { likelihood: 4, impact: 3 }, "reduce", ["6.3"], "人力资源部", "2026-02-28"),
    ],
  };
})();

/** 2. ExcelJS: two-row header with 固有风险 / 残余风险 groups, asset merged down, treatment on the register. */
// prettier-ignore
const twoRowHeader = (() => {
  const rows = [
    ["RISK-001", "ERP系统", "未授权访问", "离职人员账号未及时注销", 4, 4, 2, 3, "张伟", "降低", "建立账号生命周期管理，离职当天注销", "A.5.16、A.5.18", "王强", "2026/3/31", "进行中"],
    ["RISK-002", null, "误操作", "缺少变更管理流程", 3, 3, 2, 2, "张伟", "降低", "建立变更审批流程", "A.8.32", "张伟", "2026/4/30", "未开始"],
    ["RISK-003", null, "数据泄露", "报表导出功能未受控", 3, 4, 2, 4, "张伟", "降低", "限制导出权限并记录日志", "A.8.3、A.8.15、A.8.16", "刘洋", "2026/5/15", "未开始"],
    ["RISK-004", "官方网站", "网络攻击（DDoS）", "未部署抗DDoS服务", 3, 5, 2, 3, "刘洋", "转移", "采购云抗DDoS清洗服务", "A.8.20", "刘洋", "2026/2/28", "已完成"],
    ["RISK-005", null, "网页篡改", "CMS补丁更新不及时", 4, 3, 2, 3, "刘洋", "降低", "每月更新补丁并部署网页防篡改", "A.8.8", "黄勇", "2026/3/31", "进行中"],
    ["RISK-006", "备份磁带", "介质丢失", "异地运输未加密", 2, 4, 2, 4, "陈静", "接受", "维持现状，每年复评", null, "陈静", null, "—"],
    ["RISK-007", "OA系统", "服务中断", "单点部署无容灾", 2, 3, 1, 3, "王强", "规避", "停用自建OA，迁移至集团平台", "A.5.30", "王强", "2026/6/30", "未开始"],
  ];
  return {
    file: "zh-exceljs-two-row-header.xlsx",
    writer: "exceljs",
    lang: "zh-CN",
    layout:
      "header over rows 3–4: 固有风险 / 残余风险 merged over 可能性 / 影响 / 风险值 (residual block right beside the inherent one), other headers merged down; asset name merged down over its risks; 处置方式 / 处置措施 / 控制措施（附录A） / 处置责任人 / 计划完成时间 / 完成状态 on the register itself besides 风险责任人; dates typed 2026/3/31; ids RISK-001; sign-off line",
    sheets: [
      {
        name: "风险登记册",
        rows: [
          ["信息安全风险登记册（2026年度）"],
          ["编制部门：信息安全管理办公室"],
          ["风险编号", "资产名称", "威胁", "脆弱性", "固有风险", null, null, "残余风险", null, null, "风险责任人", "处置方式", "处置措施", "控制措施（附录A）", "处置责任人", "计划完成时间", "完成状态"],
          [null, null, null, null, "可能性", "影响", "风险值", "可能性", "影响", "风险值"],
          ...rows.map(([id, asset, threat, vuln, l, i, rl, ri, owner, ...rest], k) => [
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 5, ["E", l], ["F", i]),
            rl,
            ri,
            product(k + 5, ["H", rl], ["I", ri]),
            owner,
            ...rest,
          ]),
          [],
          [SIGN_OFF],
        ],
        merges: [
          "A1:Q1",
          "A2:Q2",
          "A3:A4",
          "B3:B4",
          "C3:C4",
          "D3:D4",
          "E3:G3",
          "H3:J3",
          "K3:K4",
          "L3:L4",
          "M3:M4",
          "N3:N4",
          "O3:O4",
          "P3:P4",
          "Q3:Q4",
          "B5:B7",
          "B8:B9",
          "A13:Q13",
        ],
        widths: { C: 16, D: 22, M: 30, N: 18 },
      },
    ],
    risks: [
      risk("RISK-001", { likelihood: 4, impact: 4 }, "reduce", ["5.16", "5.18"], "王强", "2026-03-31"),
      risk("RISK-002", { likelihood: 3, impact: 3 }, "reduce", ["8.32"], "张伟", "2026-04-30"),
      risk("RISK-003", { likelihood: 3, impact: 4 }, "reduce", ["8.3", "8.15", "8.16"], "刘洋", "2026-05-15"),
      risk("RISK-004", { likelihood: 3, impact: 5 }, "transfer", ["8.20"], "刘洋", "2026-02-28"),
      risk("RISK-005", { likelihood: 4, impact: 3 }, "reduce", ["8.8"], "黄勇", "2026-03-31"),
      risk("RISK-006", { likelihood: 2, impact: 4 }, "accept", null, "陈静"),
      risk("RISK-007", { likelihood: 2, impact: 3 }, "avoid", ["5.30"], "王强", "2026-06-30"),
    ],
  };
})();

/** 3. ExcelJS: awkward headers, 2013 Annex A ids, 2026年3月31日 dates, an SoA and a clause catalog. */
// prettier-ignore
const headersSoa = (() => {
  const rows = [
    [1, "R-01", "生产服务器", "漏洞利用", "补丁更新不及时", 4, 4, "高", "黄勇", "降低", "A.12.6.1", "2026年3月31日"],
    [2, "R-02", "数据库备份", "数据丢失", "备份未做恢复测试", 3, 5, "高", "黄勇", "降低", "A.12.3.1", "2026年4月30日"],
    [3, "R-03", "特权账号", "权限滥用", "特权账号未定期审查", 3, 4, "中", "王强", "降低", "A.9.2.3、A.9.2.5", "2026年5月31日"],
    [4, "R-04", "全体员工", "钓鱼邮件", "安全意识不足", 4, 3, "中", "赵敏", "降低", "A.7.2.2", "2026年6月30日"],
    [5, "R-05", "外包开发商", "供应商泄密", "合同缺少保密条款", 2, 4, "中", "陈静", "转移", "A.15.1.2", "2026年3月31日"],
    [6, "R-06", "会议室投影仪", "设备故障", "无备用设备", 2, 1, "低", "行政部", "接受", null, null],
    [7, "R-07", "日志服务器", "审计缺失", "日志未集中保存", 3, 3, "中", "黄勇", "降低", "A.12.4.1、A.12.4.3", "2026年9月30日"],
  ];
  return {
    file: "zh-exceljs-headers-soa.xlsx",
    writer: "exceljs",
    lang: "zh-CN",
    layout:
      "headers with line breaks, full-width brackets, scale hint and required marker ('风险编号\\n(Risk ID)', '可能性（1-5分）', '影响程度*', '风险值\\n(L×I)'); 2013 Annex A ids (A.12.6.1); dates typed 2026年3月31日; treatment on the register; an SoA sheet (控制编号 / 是否适用 / 删减理由) and a clause catalog (条款 / 标题) that are not risks",
    sheets: [
      {
        name: "风险评估",
        rows: [
          ["信息安全风险评估及处置表"],
          ["序号", "风险编号\n(Risk ID)", "资产名称", "威胁", "脆弱性", "可能性（1-5分）", "影响程度*", "风险值\n(L×I)", "风险等级", "责任人", "处置方式", "控制措施（附录A）", "计划完成时间"],
          ...rows.map(([n, id, asset, threat, vuln, l, i, ...rest], k) => [
            n,
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 3, ["F", l], ["G", i]),
            ...rest,
          ]),
        ],
        merges: ["A1:M1"],
        widths: { B: 12, C: 14, E: 20, F: 12, L: 20, M: 16 },
      },
      {
        name: "适用性声明",
        rows: [
          ["控制编号", "控制名称", "是否适用", "删减理由", "实施状态"],
          ["A.5.1.1", "信息安全策略", "是", null, "已实施"],
          ["A.6.2.2", "远程工作", "是", null, "已实施"],
          ["A.9.2.3", "特权访问权限管理", "是", null, "部分实施"],
          ["A.11.1.6", "交付和装卸区", "否", "公司无仓储及装卸区域", null],
          ["A.12.3.1", "信息备份", "是", null, "部分实施"],
          ["A.12.6.1", "技术脆弱性管理", "是", null, "部分实施"],
          ["A.14.2.7", "外包开发", "否", "无外包开发业务", null],
          ["A.18.1.5", "密码控制措施的规则", "是", null, "已实施"],
        ],
        widths: { B: 22, D: 24 },
      },
      {
        name: "条款清单",
        rows: [
          ["条款", "标题"],
          ["4.1", "理解组织及其环境"],
          ["4.2", "理解相关方的需求和期望"],
          ["4.3", "确定信息安全管理体系的范围"],
          ["4.4", "信息安全管理体系"],
          ["5.1", "领导作用和承诺"],
          ["5.2", "方针"],
          ["5.3", "组织的角色、职责和权限"],
          ["6.1.2", "信息安全风险评估"],
          ["6.1.3", "信息安全风险处置"],
          ["6.2", "信息安全目标及其实现的策划"],
        ],
        widths: { B: 30 },
      },
    ],
    risks: [
      risk("R-01", { likelihood: 4, impact: 4 }, "reduce", ["A.12.6.1"], "黄勇", "2026-03-31"),
      risk("R-02", { likelihood: 3, impact: 5 }, "reduce", ["A.12.3.1"], "黄勇", "2026-04-30"),
      risk("R-03", { likelihood: 3, impact: 4 }, "reduce", ["A.9.2.3", "A.9.2.5"], "王强", "2026-05-31"),
      risk("R-04", { likelihood: 4, impact: 3 }, "reduce", ["A.7.2.2"], "赵敏", "2026-06-30"),
      risk("R-05", { likelihood: 2, impact: 4 }, "transfer", ["A.15.1.2"], "陈静", "2026-03-31"),
      risk("R-06", { likelihood: 2, impact: 1 }, "accept", null, "行政部"),
      risk("R-07", { likelihood: 3, impact: 3 }, "reduce", ["A.12.4.1", "A.12.4.3"], "黄勇", "2026-09-30"),
    ],
  };
})();

/** 4. ExcelJS: ratings typed as text, a free-text option, mixed date forms, a full-width tilde range. */
// prettier-ignore
const textRatings = (() => {
  const register = [
    ["R001", "门户网站", "SQL注入", "输入校验缺失", "4", "4", "16", "高", "刘洋"],
    ["R002", "移动终端", "设备丢失", "未纳入MDM管理", "3", "3", "9", "中", "李娜"],
    ["R003", "数据中心机房", "火灾", "消防设施未定期检查", "1", "5", "5", "低", "行政部"],
    ["R004", "客户信息", "违规使用", "数据使用审批缺失", "3", "4", "12", "中", "张伟"],
    ["R005", "网络边界", "外部攻击", "防火墙策略过宽", "4", "3", "12", "中", "王强"],
    ["R006", "研发测试环境", "数据泄露", "测试环境使用生产数据", "3", "4", "12", "中", "刘洋"],
  ];
  return {
    file: "zh-exceljs-text-ratings.xlsx",
    writer: "exceljs",
    lang: "zh-CN",
    layout:
      "header in row 1 (资产 / 影响 / 风险责任人), every rating typed as text ('4'), ids R001; separate 风险处置计划 with 附录A控制项 / 负责人 / 完成时间 headers, an option cell holding a phrase that names no option ('按计划整改'), a full-width tilde range 'A.8.1～A.8.3', dates as 2026.3.31, 2026年6月 and real date cells",
    sheets: [
      {
        name: "风险清单",
        rows: [
          ["风险编号", "资产", "威胁", "脆弱性", "可能性", "影响", "风险值", "风险等级", "风险责任人"],
          ...register,
        ],
        widths: { B: 14, C: 12, D: 22 },
      },
      {
        name: "风险处置计划",
        rows: [
          ["风险编号", "处置方式", "处置措施", "附录A控制项", "负责人", "完成时间", "状态"],
          ["R001", "降低", "上线WAF并修复注入点", "A.8.26、A.8.28", "刘洋", "2026.3.31", "进行中"],
          ["R002", "降低", "全部移动终端纳入MDM", "A.8.1～A.8.3", "李娜", "2026年6月", "未开始"],
          ["R003", "接受", "年度复核", null, "行政部", null, "—"],
          ["R004", "按计划整改", "制定数据使用审批流程", "A.5.10、A.5.12", "张伟", date("2026-04-30"), "未开始"],
          ["R005", "降低", "收紧防火墙策略，每季度复核", "A.8.20", "王强", date("2026-02-28"), "已完成"],
          ["R006", "规避", "测试环境禁止使用生产数据", "A.8.33", "研发部", "2026年5月", "未开始"],
        ],
        widths: { C: 28, D: 18, F: 12 },
      },
    ],
    risks: [
      risk("R001", { likelihood: 4, impact: 4 }, "reduce", ["8.26", "8.28"], "刘洋", "2026-03-31"),
      risk("R002", { likelihood: 3, impact: 3 }, "reduce", ["8.1", "8.2", "8.3"], "李娜", "2026-06-30"),
      risk("R003", { likelihood: 1, impact: 5 }, "accept", null, "行政部"),
      risk("R004", { likelihood: 3, impact: 4 }, null, ["5.10", "5.12"], "张伟", "2026-04-30"),
      risk("R005", { likelihood: 4, impact: 3 }, "reduce", ["8.20"], "王强", "2026-02-28"),
      risk("R006", { likelihood: 3, impact: 4 }, "avoid", ["8.33"], "研发部", "2026-05-31"),
    ],
  };
})();

/** 5. openpyxl: GB/T 20984 register as a table, two asset sheets, plan table, real dates. */
// prettier-ignore
const gbtTables = (() => {
  const register = [
    [1, "R-01", "HW-01", "核心数据库服务器", 5, "非授权访问", 4, "口令策略薄弱", 3, "高", "王强"],
    [2, "R-02", "HW-02", "核心交换机", 4, "设备故障", 2, "无冗余链路", 4, "中", "王强"],
    [3, "R-03", "DA-01", "客户个人信息", 5, "数据泄露", 3, "数据未加密存储", 4, "高", "张伟"],
    [4, "R-04", "DA-02", "财务报表", 4, "篡改", 2, "缺少完整性校验", 3, "中", "陈静"],
    [5, "R-05", "HW-03", "备份一体机", 4, "勒索软件", 3, "备份与生产网络未隔离", 4, "高", "黄勇"],
    [6, "R-06", "DA-03", "产品设计图纸", 3, "外发泄露", 2, "外发未审批", 3, "低", "刘洋"],
    [7, "R-07", "HW-04", "机房精密空调", 3, "设备故障", 3, "无备用空调", 3, "中", "行政部"],
  ];
  const assetHeader = ["资产编号", "资产名称", "资产类别", "责任部门", "机密性", "完整性", "可用性", "资产价值"];
  return {
    file: "zh-openpyxl-gbt-tables.xlsx",
    writer: "openpyxl",
    lang: "zh-CN",
    layout:
      "GB/T 20984-style register (资产价值 / 威胁赋值 / 脆弱性赋值) as an Excel table (ListObject) under a merged title and a note, header row 3, 序号 + 风险编号 + 资产编号; 风险值 formulas with no cached value; two asset sheets (硬件资产 / 数据资产) with 机密性/完整性/可用性; 风险处置计划 as a second table; real date cells",
    sheets: [
      {
        name: "硬件资产",
        rows: [
          assetHeader,
          ["HW-01", "核心数据库服务器", "硬件", "信息部", 5, 5, 4, 5],
          ["HW-02", "核心交换机", "硬件", "信息部", 3, 4, 5, 4],
          ["HW-03", "备份一体机", "硬件", "信息部", 4, 4, 3, 4],
          ["HW-04", "机房精密空调", "硬件", "行政部", 1, 2, 5, 3],
        ],
        tables: [{ name: "HardwareAssets", ref: "A1:H5" }],
      },
      {
        name: "数据资产",
        rows: [
          assetHeader,
          ["DA-01", "客户个人信息", "数据", "客服部", 5, 4, 3, 5],
          ["DA-02", "财务报表", "数据", "财务部", 4, 5, 3, 4],
          ["DA-03", "产品设计图纸", "数据", "研发部", 4, 3, 2, 3],
        ],
        tables: [{ name: "DataAssets", ref: "A1:H4" }],
      },
      {
        name: "风险评估表",
        rows: [
          ["信息安全风险评估表（依据 GB/T 20984）"],
          ["说明：风险值 = 资产价值 × 威胁赋值 × 脆弱性赋值，各要素按1-5赋值"],
          ["序号", "风险编号", "资产编号", "资产名称", "资产价值", "威胁", "威胁赋值", "脆弱性", "脆弱性赋值", "风险值", "风险等级", "风险责任人"],
          ...register.map(([n, id, assetId, asset, av, threat, t, vuln, v, level, owner], k) => [
            n,
            id,
            assetId,
            asset,
            av,
            threat,
            t,
            vuln,
            v,
            product(k + 4, ["E", av], ["G", t], ["I", v]),
            level,
            owner,
          ]),
        ],
        merges: ["A1:L1", "A2:L2"],
        tables: [{ name: "RiskRegister", ref: "A3:L10" }],
        widths: { D: 18, F: 12, H: 22 },
      },
      {
        name: "风险处置计划",
        rows: [
          ["风险编号", "风险名称", "处置方式", "处置措施", "控制措施（附录A）", "责任人", "计划完成日期", "完成状态"],
          ["R-01", "数据库服务器被非授权访问", "降低", "启用强口令策略及多因素认证", "A.5.17、A.8.5", "王强", date("2026-03-31"), "进行中"],
          ["R-02", "交换机故障导致业务中断", "降低", "增加冗余链路", "A.8.14", "王强", date("2026-06-30"), "未开始"],
          ["R-03", "客户个人信息泄露", "降低", "敏感字段加密存储并脱敏展示", "A.8.24、A.8.11", "张伟", date("2026-04-30"), "未开始"],
          ["R-04", "财务报表被篡改", "接受", "风险在可接受范围内，年度复评", null, "陈静", null, "—"],
          ["R-05", "备份数据被勒索软件加密", "降低", "备份网络隔离并保留离线副本", "A.8.13、A.8.22", "黄勇", date("2026-03-31"), "进行中"],
          ["R-06", "设计图纸外发泄露", "降低", "建立外发审批流程", "A.5.14", "刘洋", date("2026-05-31"), "未开始"],
          ["R-07", "空调故障导致机房过热", "转移", "签订空调维保合同，厂商4小时到场", "A.7.11", "行政部", date("2026-06-30"), "未开始"],
        ],
        tables: [{ name: "TreatmentPlan", ref: "A1:H8" }],
        widths: { B: 24, D: 30, E: 18, G: 14 },
      },
    ],
    risks: [
      risk("R-01", { asset: 5, threat: 4, vulnerability: 3 }, "reduce", ["5.17", "8.5"], "王强", "2026-03-31"),
      risk("R-02", { asset: 4, threat: 2, vulnerability: 4 }, "reduce", ["8.14"], "王强", "2026-06-30"),
      risk("R-03", { asset: 5, threat: 3, vulnerability: 4 }, "reduce", ["8.24", "8.11"], "张伟", "2026-04-30"),
      risk("R-04", { asset: 4, threat: 2, vulnerability: 3 }, "accept", null, "陈静"),
      risk("R-05", { asset: 4, threat: 3, vulnerability: 4 }, "reduce", ["8.13", "8.22"], "黄勇", "2026-03-31"),
      risk("R-06", { asset: 3, threat: 2, vulnerability: 3 }, "reduce", ["5.14"], "刘洋", "2026-05-31"),
      risk("R-07", { asset: 3, threat: 3, vulnerability: 3 }, "transfer", ["7.11"], "行政部", "2026-06-30"),
    ],
  };
})();

/** 6. openpyxl: C/I/A register, asset merged down, hidden row and column, 2026年3月 dates, numeric ids. */
// prettier-ignore
const ciaHidden = (() => {
  const rows = [
    [1, "人事档案系统", 5, 4, 3, "数据泄露", 3, "权限未按最小化分配", 4, "降低", "按岗位重新授权", "A.5.15、A.5.18", "人力资源部", "2026年3月"],
    [2, null, "5", "4", "3", "篡改", 2, "操作日志未启用", 3, "降低", "启用操作日志", "A.8.15", "人力资源部", "2026年4月"],
    [3, null, 5, 4, 3, "服务中断", 2, "无数据备份", 4, "降低", "每日备份并异地存放", "A.8.13", "信息中心", "2026年2月"],
    [4, "视频监控系统", 3, 3, 4, "设备故障", 3, "存储容量不足", 3, "接受", "维持现状", null, "行政部", null],
    [5, "对外网站", 2, 4, 4, "网页篡改", 3, "中间件版本老旧", 4, "降低", "升级中间件并加固配置", "A.8.8、A.8.9", "信息中心", "2026年5月"],
    [6, null, 2, 4, 4, "拒绝服务攻击", 3, "无流量清洗能力", 3, "转移", "购买运营商流量清洗服务", "A.8.20", "信息中心", "2026年6月"],
    [7, "邮件服务器", 4, 3, 3, "钓鱼邮件", 4, "未部署邮件安全网关", 3, "降低", "部署邮件安全网关", "A.8.7、A.8.23", "信息中心", "2026年3月"],
  ];
  const cia = [
    [5, 4, 3],
    [5, 4, 3],
    [5, 4, 3],
    [3, 3, 4],
    [2, 4, 4],
    [2, 4, 4],
    [4, 3, 3],
  ];
  return {
    file: "zh-openpyxl-cia-hidden.xlsx",
    writer: "openpyxl",
    lang: "zh-CN",
    layout:
      "C/I/A register (机密性 / 完整性 / 可用性 + 威胁赋值 / 脆弱性赋值) with numeric ids 1–7 under 风险编号, asset name merged down, one risk row hidden and a hidden 计算说明 column, ratings of one row typed as text; 处置方式 / 处置措施 / 控制措施（附录A） / 责任人 / 计划完成时间 on the register; dates typed 2026年3月 (month end)",
    sheets: [
      {
        name: "风险评估（CIA）",
        rows: [
          ["信息系统风险评估表"],
          ["风险编号", "资产名称", "机密性", "完整性", "可用性", "威胁", "威胁赋值", "脆弱性", "脆弱性赋值", "风险值", "计算说明", "处置方式", "处置措施", "控制措施（附录A）", "责任人", "计划完成时间"],
          ...rows.map(([id, asset, c, i, a, threat, t, vuln, v, ...rest], k) => [
            id,
            asset,
            c,
            i,
            a,
            threat,
            t,
            vuln,
            v,
            maxTimes(k + 3, ["C", "E"], cia[k], ["G", t], ["I", v]),
            "max(C,I,A)×威胁×脆弱性",
            ...rest,
          ]),
        ],
        merges: ["A1:P1", "B3:B5", "B7:B8"],
        hiddenRows: [6],
        hiddenColumns: ["K"],
        widths: { B: 14, H: 20, M: 24, N: 18 },
      },
    ],
    risks: [
      risk("1", { c: 5, i: 4, a: 3, threat: 3, vulnerability: 4 }, "reduce", ["5.15", "5.18"], "人力资源部", "2026-03-31"),
      risk("2", { c: 5, i: 4, a: 3, threat: 2, vulnerability: 3 }, "reduce", ["8.15"], "人力资源部", "2026-04-30"),
      risk("3", { c: 5, i: 4, a: 3, threat: 2, vulnerability: 4 }, "reduce", ["8.13"], "信息中心", "2026-02-28"),
      risk("4", { c: 3, i: 3, a: 4, threat: 3, vulnerability: 3 }, "accept", null, "行政部"),
      risk("5", { c: 2, i: 4, a: 4, threat: 3, vulnerability: 4 }, "reduce", ["8.8", "8.9"], "信息中心", "2026-05-31"),
      risk("6", { c: 2, i: 4, a: 4, threat: 3, vulnerability: 3 }, "transfer", ["8.20"], "信息中心", "2026-06-30"),
      risk("7", { c: 4, i: 3, a: 3, threat: 4, vulnerability: 3 }, "reduce", ["8.7", "8.23"], "信息中心", "2026-03-31"),
    ],
  };
})();

/** 7. openpyxl: header in row 4, hidden 风险值 column and hidden rows, control ranges, 2026/3/31. */
// prettier-ignore
const hiddenRanges = (() => {
  const rows = [
    [1, "R-001", "云服务器", "未授权访问", "安全组规则过宽", 4, 4, "高", "降低", "A.5.15–A.5.18", "运维部", "2026/3/31", "进行中"],
    [2, "R-002", "云数据库", "数据泄露", "未开启透明加密", 3, 5, "高", "降低", "A.8.24、A.8.11", "运维部", "2026/4/30", "未开始"],
    [3, "R-003", "对象存储", "误删除", "未开启版本控制", 3, 3, "中", "降低", "A.8.13", "运维部", "2026/3/15", "已完成"],
    [4, "R-004", "CI/CD流水线", "供应链攻击", "第三方依赖未审查", 3, 4, "中", "降低", "A.8.25~A.8.28", "研发部", "2026/6/30", "未开始"],
    [5, "R-005", "堡垒机", "单点故障", "未部署高可用", 2, 4, "中", "转移", "A.8.14", "运维部", "2026/5/31", "未开始"],
    [6, "R-006", "开发人员", "社会工程学攻击", "安全意识不足", 3, 3, "中", "降低", "A.6.3", "人力资源部", "2026/4/15", "进行中"],
    [7, "R-007", "测试服务器", "漏洞利用", "长期未下线", 2, 3, "低", "规避", "A.8.31", "研发部", "2026/3/31", "未开始"],
    [8, "R-008", "办公打印机", "信息泄露", "未启用安全打印", 2, 2, "低", "接受", null, "行政部", null, "—"],
  ];
  return {
    file: "zh-openpyxl-hidden-ranges.xlsx",
    writer: "openpyxl",
    lang: "zh-CN",
    layout:
      "merged title, a note line and a blank row push the header to row 4; '可能性（1-5分）' / '影响（1-5分）'; hidden 风险值 column (formulas, no cached value) and two hidden risk rows; controls as ranges 'A.5.15–A.5.18' and 'A.8.25~A.8.28'; dates typed 2026/3/31; 序号 + 风险编号 R-001",
    sheets: [
      {
        name: "云平台风险",
        rows: [
          ["云平台信息安全风险评估与处置表"],
          ["说明：风险值＝可能性×影响；风险值≥12为高风险，需制定处置计划"],
          [],
          ["序号", "风险编号", "资产名称", "威胁", "脆弱性", "可能性（1-5分）", "影响（1-5分）", "风险值", "风险等级", "处置方式", "控制措施（附录A）", "责任人", "计划完成时间", "完成状态"],
          ...rows.map(([n, id, asset, threat, vuln, l, i, ...rest], k) => [
            n,
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 5, ["F", l], ["G", i]),
            ...rest,
          ]),
        ],
        merges: ["A1:N1", "A2:N2"],
        hiddenRows: [7, 10],
        hiddenColumns: ["H"],
        widths: { C: 14, E: 18, K: 20, M: 14 },
      },
    ],
    risks: [
      risk("R-001", { likelihood: 4, impact: 4 }, "reduce", ["5.15", "5.16", "5.17", "5.18"], "运维部", "2026-03-31"),
      risk("R-002", { likelihood: 3, impact: 5 }, "reduce", ["8.24", "8.11"], "运维部", "2026-04-30"),
      risk("R-003", { likelihood: 3, impact: 3 }, "reduce", ["8.13"], "运维部", "2026-03-15"),
      risk("R-004", { likelihood: 3, impact: 4 }, "reduce", ["8.25", "8.26", "8.27", "8.28"], "研发部", "2026-06-30"),
      risk("R-005", { likelihood: 2, impact: 4 }, "transfer", ["8.14"], "运维部", "2026-05-31"),
      risk("R-006", { likelihood: 3, impact: 3 }, "reduce", ["6.3"], "人力资源部", "2026-04-15"),
      risk("R-007", { likelihood: 2, impact: 3 }, "avoid", ["8.31"], "研发部", "2026-03-31"),
      risk("R-008", { likelihood: 2, impact: 2 }, "accept", null, "行政部"),
    ],
  };
})();

/** 8. openpyxl: two-row grouped header, 序号 + 风险编号 merged down, summary block, separate plan. */
// prettier-ignore
const groupedPlan = (() => {
  const rows = [
    [1, "R01", "财务系统", "未授权访问", "多人共用账号", 4, 4, "高", 2, 3, "陈静"],
    [2, "R02", null, "数据篡改", "缺少操作审计", 3, 4, "中", 2, 3, "陈静"],
    [3, "R03", "网银U盾", "冒用", "U盾未分人保管", 3, 5, "高", 1, 5, "陈静"],
    [4, "R04", "生产MES系统", "恶意代码", "工控主机无防护", 3, 5, "高", 2, 4, "黄勇"],
    [5, "R05", null, "服务中断", "无备用服务器", 2, 5, "中", 2, 3, "黄勇"],
    [6, "R06", "产品图纸", "泄密", "U盘随意使用", 4, 4, "高", 2, 4, "刘洋"],
    [7, "R07", "门卫室", "非授权进入", "访客未登记", 2, 2, "低", 2, 2, "行政部"],
  ];
  return {
    file: "zh-openpyxl-grouped-plan.xlsx",
    writer: "openpyxl",
    lang: "zh-CN",
    layout:
      "header over rows 2–3: 序号 / 风险编号 / 资产名称 … merged down, 固有风险 and 残余风险 merged over 可能性 / 影响 / 风险值 with 风险等级 between them; asset merged down; summary block (风险统计 / 高风险 / 中风险 / 低风险 / 合计) under the register; separate 风险处置计划 with controls '5.15–5.18' and 'A.8.7、A.8.13', dates typed 2026年3月31日 or real date cells; one risk not in the plan",
    sheets: [
      {
        name: "风险评估表",
        rows: [
          ["生产及财务系统风险评估表"],
          ["序号", "风险编号", "资产名称", "威胁", "脆弱性", "固有风险", null, null, "风险等级", "残余风险", null, null, "风险责任人"],
          [null, null, null, null, null, "可能性", "影响", "风险值", null, "可能性", "影响", "风险值"],
          ...rows.map(([n, id, asset, threat, vuln, l, i, level, rl, ri, owner], k) => [
            n,
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 4, ["F", l], ["G", i]),
            level,
            rl,
            ri,
            product(k + 4, ["J", rl], ["K", ri]),
            owner,
          ]),
          [],
          ["风险统计"],
          ["高风险", null, 4],
          ["中风险", null, 2],
          ["低风险", null, 1],
          ["合计", null, 7],
        ],
        merges: [
          "A1:M1",
          "A2:A3",
          "B2:B3",
          "C2:C3",
          "D2:D3",
          "E2:E3",
          "F2:H2",
          "I2:I3",
          "J2:L2",
          "M2:M3",
          "C4:C5",
          "C7:C8",
          "A12:B12",
          "A13:B13",
          "A14:B14",
          "A15:B15",
          "A16:B16",
        ],
        widths: { C: 14, E: 18 },
      },
      {
        name: "风险处置计划",
        rows: [
          ["风险处置计划"],
          ["风险编号", "处置方式", "处置措施", "控制措施（附录A）", "责任人", "计划完成时间", "完成状态"],
          ["R01", "降低", "一人一账号并启用双因素认证", "5.15–5.18", "陈静", "2026年3月31日", "进行中"],
          ["R02", "降低", "启用操作审计并每月检查", "A.8.15、A.8.16", "陈静", date("2026-04-30"), "未开始"],
          ["R03", "降低", "U盾分人保管并登记领用", "A.5.9、A.7.10", "出纳", "2026年2月28日", "已完成"],
          ["R04", "降低", "工控主机白名单防护并定期备份", "A.8.7、A.8.13", "黄勇", "2026年6月30日", "未开始"],
          ["R05", "转移", "签订设备维保合同", "A.5.20", "设备部", date("2026-05-31"), "未开始"],
          ["R06", "降低", "部署USB管控及数据防泄漏系统", "A.7.10、A.8.12", "刘洋", "2026年3月31日", "进行中"],
        ],
        merges: ["A1:G1"],
        widths: { C: 30, D: 18, F: 16 },
      },
    ],
    risks: [
      risk("R01", { likelihood: 4, impact: 4 }, "reduce", ["5.15", "5.16", "5.17", "5.18"], "陈静", "2026-03-31"),
      risk("R02", { likelihood: 3, impact: 4 }, "reduce", ["8.15", "8.16"], "陈静", "2026-04-30"),
      risk("R03", { likelihood: 3, impact: 5 }, "reduce", ["5.9", "7.10"], "出纳", "2026-02-28"),
      risk("R04", { likelihood: 3, impact: 5 }, "reduce", ["8.7", "8.13"], "黄勇", "2026-06-30"),
      risk("R05", { likelihood: 2, impact: 5 }, "transfer", ["5.20"], "设备部", "2026-05-31"),
      risk("R06", { likelihood: 4, impact: 4 }, "reduce", ["7.10", "8.12"], "刘洋", "2026-03-31"),
      risk("R07", { likelihood: 2, impact: 2 }, null, null, "行政部"),
    ],
  };
})();

/** 9. LibreOffice from .xlsx: asset merged down, merged sign-off cells, treatment on the register. */
// prettier-ignore
const loMergedAsset = (() => {
  const rows = [
    [1, "R-01", "门户网站", "SQL注入", "未做代码安全审计", 4, 4, "高", "降低", "代码审计并上线WAF", "A.8.28、A.8.26", "刘洋", "2026年3月"],
    [2, "R-02", null, "网页篡改", "无防篡改措施", 3, 3, "中", "降低", "部署网页防篡改系统", "A.8.16", "刘洋", "2026年4月"],
    [3, "R-03", null, "拒绝服务攻击", "出口带宽不足", 2, 4, "中", "转移", "购买运营商清洗服务", "A.8.20、A.5.21", "王强", date("2026-06-30")],
    [4, "R-04", "内网文件服务器", "勒索软件", "无离线备份", 3, 5, "高", "降低", "建立离线备份", "A.8.13", "王强", "2026年2月"],
    [5, "R-05", null, "越权访问", "共享目录权限混乱", 3, 3, "中", "降低", "梳理共享目录权限", "A.5.15、A.8.3", "王强", "2026年5月"],
    [6, "R-06", "视频会议系统", "窃听", "未启用加密", 2, 3, "低", "接受", "—", null, "行政部", null],
  ];
  return {
    file: "zh-lo-xlsx-merged-asset.xlsx",
    writer: "libreoffice-from-xlsx",
    source: "exceljs",
    lang: "zh-CN",
    layout:
      "merged title and a department line, header in row 3 with 序号 + 风险编号; asset names merged down over 2–3 risks; treatment (处置方式 / 处置措施 / 控制措施（附录A） / 责任人 / 计划完成时间) on the register; dates typed 2026年3月 or real date cells; sign-off 编制人：/审核人：/批准人： in three merged cells; re-saved by LibreOffice from .xlsx",
    sheets: [
      {
        name: "信息中心风险评估",
        rows: [
          ["信息中心风险评估与处置表"],
          ["被评估部门：信息中心　　评估日期：2026年1月"],
          ["序号", "风险编号", "资产名称", "威胁", "脆弱性", "可能性", "影响", "风险值", "风险等级", "处置方式", "处置措施", "控制措施（附录A）", "责任人", "计划完成时间"],
          ...rows.map(([n, id, asset, threat, vuln, l, i, ...rest], k) => [
            n,
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 4, ["F", l], ["G", i]),
            ...rest,
          ]),
          [],
          ["编制人：刘洋", null, null, null, "审核人：王强", null, null, null, "批准人：赵敏"],
        ],
        merges: ["A1:N1", "A2:N2", "C4:C6", "C7:C8", "A11:D11", "E11:H11", "I11:N11"],
        widths: { C: 16, E: 18, K: 22, L: 18, N: 14 },
      },
    ],
    risks: [
      risk("R-01", { likelihood: 4, impact: 4 }, "reduce", ["8.28", "8.26"], "刘洋", "2026-03-31"),
      risk("R-02", { likelihood: 3, impact: 3 }, "reduce", ["8.16"], "刘洋", "2026-04-30"),
      risk("R-03", { likelihood: 2, impact: 4 }, "transfer", ["8.20", "5.21"], "王强", "2026-06-30"),
      risk("R-04", { likelihood: 3, impact: 5 }, "reduce", ["8.13"], "王强", "2026-02-28"),
      risk("R-05", { likelihood: 3, impact: 3 }, "reduce", ["5.15", "8.3"], "王强", "2026-05-31"),
      risk("R-06", { likelihood: 2, impact: 3 }, "accept", null, "行政部"),
    ],
  };
})();

/** 10. LibreOffice from .ods: register + plan with punctuated headers, an asset sheet, 2026年3月. */
// prettier-ignore
const loOdsPlan = {
  file: "zh-lo-ods-plan.xlsx",
  writer: "libreoffice-from-ods",
  source: "exceljs",
  lang: "zh-CN",
  layout:
    "asset sheet 资产清单 (机密性/完整性/可用性) first; register with header in row 2 under a merged title; 风险处置计划 keyed by 风险编号 with headers '处置方式：' and '计划完成时间（年月）', dates typed 2026年3月 (month end); saved as .ods then as .xlsx by LibreOffice",
  sheets: [
    {
      name: "资产清单",
      rows: [
        ["资产编号", "资产名称", "资产类别", "责任人", "机密性", "完整性", "可用性", "资产价值"],
        ["A01", "合同管理系统", "软件", "法务部", 4, 4, 3, 4],
        ["A02", "高管手机", "硬件", "行政部", 5, 3, 3, 5],
        ["A03", "招聘数据", "数据", "人力资源部", 4, 3, 2, 4],
        ["A04", "无线网络", "服务", "信息部", 3, 3, 4, 3],
        ["A05", "网络打印机", "硬件", "行政部", 3, 2, 2, 3],
      ],
    },
    {
      name: "风险评估",
      rows: [
        ["2026年度风险评估表"],
        ["风险编号", "资产名称", "威胁", "脆弱性", "可能性", "影响", "风险值", "风险等级", "风险责任人"],
        ...[
          ["R-01", "合同管理系统", "越权访问", "角色设计不合理", 3, 4, "中", "法务部"],
          ["R-02", "合同管理系统", "数据丢失", "备份策略缺失", 2, 5, "中", "信息部"],
          ["R-03", "高管手机", "设备丢失", "未设置锁屏密码", 3, 4, "中", "行政部"],
          ["R-04", "招聘数据", "个人信息泄露", "简历随意转发", 4, 3, "中", "人力资源部"],
          ["R-05", "无线网络", "非法接入", "使用弱口令的共享密钥", 3, 3, "中", "信息部"],
          ["R-06", "网络打印机", "信息残留", "硬盘未擦除即报废", 2, 3, "低", "行政部"],
        ].map(([id, asset, threat, vuln, l, i, level, owner], k) => [
          id,
          asset,
          threat,
          vuln,
          l,
          i,
          product(k + 3, ["E", l], ["F", i]),
          level,
          owner,
        ]),
      ],
      merges: ["A1:I1"],
      widths: { B: 16, D: 22 },
    },
    {
      name: "风险处置计划",
      rows: [
        ["风险编号", "处置方式：", "处置措施", "控制措施（附录A）", "责任人", "计划完成时间（年月）", "完成状态"],
        ["R-01", "降低", "重新设计角色并按最小权限授权", "A.5.15、A.5.18", "信息部", "2026年3月", "进行中"],
        ["R-02", "降低", "每日备份并异地保存", "A.8.13", "信息部", "2026年4月", "未开始"],
        ["R-03", "降低", "移动设备统一管控并强制锁屏", "A.8.1", "行政部", "2026年2月", "已完成"],
        ["R-04", "降低", "简历系统化管理并开展隐私培训", "A.5.34、A.6.3", "人力资源部", "2026年6月", "未开始"],
        ["R-05", "降低", "启用802.1X认证", "A.8.20、A.8.5", "信息部", "2026年5月", "未开始"],
        ["R-06", "规避", "报废前物理销毁硬盘", "A.7.14", "行政部", "2026年3月", "未开始"],
      ],
      widths: { C: 30, D: 18, F: 18 },
    },
  ],
  risks: [
    risk("R-01", { likelihood: 3, impact: 4 }, "reduce", ["5.15", "5.18"], "信息部", "2026-03-31"),
    risk("R-02", { likelihood: 2, impact: 5 }, "reduce", ["8.13"], "信息部", "2026-04-30"),
    risk("R-03", { likelihood: 3, impact: 4 }, "reduce", ["8.1"], "行政部", "2026-02-28"),
    risk("R-04", { likelihood: 4, impact: 3 }, "reduce", ["5.34", "6.3"], "人力资源部", "2026-06-30"),
    risk("R-05", { likelihood: 3, impact: 3 }, "reduce", ["8.20", "8.5"], "信息部", "2026-05-31"),
    risk("R-06", { likelihood: 2, impact: 3 }, "avoid", ["7.14"], "行政部", "2026-03-31"),
  ],
};

/** 11. LibreOffice from .ods: GB/T register with a grouped two-row header and hidden existing controls. */
// prettier-ignore
const loOdsGbt = (() => {
  const rows = [
    [1, "RA-01", "门户网站服务器", "网络攻击", "系统漏洞未修复", "已部署防火墙（A.8.20）", 4, 4, 3, "高", "信息部"],
    [2, "RA-02", "客户数据", "数据泄露", "数据库未加密", "访问控制（A.8.3）", 5, 3, 4, "高", "数据管理部"],
    [3, "RA-03", "OA系统", "恶意代码", "终端杀毒库未更新", "杀毒软件", 3, 3, 3, "中", "信息部"],
    [4, "RA-04", "机房", "水灾", "机房位于地下一层", "漏水检测", 4, 1, 4, "低", "行政部"],
    [5, "RA-05", "财务数据", "篡改", "缺少审计日志", "无", 4, 2, 3, "中", "财务部"],
    [6, "RA-06", "研发文档", "泄密", "移动介质未管控", "签署保密协议（A.6.6）", 3, 3, 4, "中", "研发部"],
  ];
  return {
    file: "zh-lo-ods-gbt.xlsx",
    writer: "libreoffice-from-ods",
    source: "exceljs",
    lang: "zh-CN",
    layout:
      "GB/T 20984-style register: header over rows 2–3 with 风险要素赋值 merged over 资产价值 / 威胁赋值 / 脆弱性赋值, 序号 + 风险编号 merged down; a hidden 已有安全措施 column naming existing controls (not treatment controls); separate 风险处置计划 with dates typed 2026.3.31; saved as .ods then as .xlsx by LibreOffice",
    sheets: [
      {
        name: "风险分析",
        rows: [
          ["风险分析表（GB/T 20984）"],
          ["序号", "风险编号", "资产名称", "威胁", "脆弱性", "已有安全措施", "风险要素赋值", null, null, "风险值", "风险等级", "风险责任人"],
          [null, null, null, null, null, null, "资产价值", "威胁赋值", "脆弱性赋值"],
          ...rows.map(([n, id, asset, threat, vuln, existing, av, t, v, level, owner], k) => [
            n,
            id,
            asset,
            threat,
            vuln,
            existing,
            av,
            t,
            v,
            product(k + 4, ["G", av], ["H", t], ["I", v]),
            level,
            owner,
          ]),
        ],
        merges: ["A1:L1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:I2", "J2:J3", "K2:K3", "L2:L3"],
        hiddenColumns: ["F"],
        widths: { C: 16, E: 20, F: 22 },
      },
      {
        name: "风险处置计划",
        rows: [
          ["风险编号", "处置方式", "处置措施", "控制措施（附录A）", "责任人", "计划完成时间", "完成状态"],
          ["RA-01", "降低", "建立补丁管理流程，每月修复", "A.8.8", "信息部", "2026.3.31", "进行中"],
          ["RA-02", "降低", "数据库透明加密", "A.8.24", "数据管理部", "2026.4.30", "未开始"],
          ["RA-03", "降低", "统一终端安全管理", "A.8.7", "信息部", "2026.2.28", "已完成"],
          ["RA-04", "接受", "维持现状，汛期前检查", null, "行政部", null, "—"],
          ["RA-05", "降低", "开启财务系统审计日志", "A.8.15", "财务部", "2026.5.31", "未开始"],
          ["RA-06", "降低", "移动介质登记及加密", "A.7.10", "研发部", "2026.6.30", "未开始"],
        ],
        widths: { C: 28, D: 18, F: 14 },
      },
    ],
    risks: [
      risk("RA-01", { asset: 4, threat: 4, vulnerability: 3 }, "reduce", ["8.8"], "信息部", "2026-03-31"),
      risk("RA-02", { asset: 5, threat: 3, vulnerability: 4 }, "reduce", ["8.24"], "数据管理部", "2026-04-30"),
      risk("RA-03", { asset: 3, threat: 3, vulnerability: 3 }, "reduce", ["8.7"], "信息部", "2026-02-28"),
      risk("RA-04", { asset: 4, threat: 1, vulnerability: 4 }, "accept", null, "行政部"),
      risk("RA-05", { asset: 4, threat: 2, vulnerability: 3 }, "reduce", ["8.15"], "财务部", "2026-05-31"),
      risk("RA-06", { asset: 3, threat: 3, vulnerability: 4 }, "reduce", ["7.10"], "研发部", "2026-06-30"),
    ],
  };
})();

/** 12. LibreOffice from .csv: one sheet, title lines, header row 3, mixed date text, sign-off line. */
// prettier-ignore
const loCsv = {
  file: "zh-lo-csv-register.xlsx",
  writer: "libreoffice-from-csv",
  lang: "zh-CN",
  layout:
    "a UTF-8 .csv imported by LibreOffice: title line, blank line, header in row 3 with 序号 + 风险编号 + 影响程度; treatment on the register; controls 'A.8.7、A.8.13'; dates typed 2026年3月 and 2026/4/30; sign-off line 编制人：/审核人：/批准人： at the bottom",
  sheets: [
    {
      name: "register",
      rows: [
        ["XX公司信息安全风险评估表"],
        [],
        ["序号", "风险编号", "资产名称", "威胁", "脆弱性", "可能性", "影响程度", "风险值", "风险等级", "处置方式", "控制措施（附录A）", "责任人", "计划完成时间"],
        [1, "R-01", "员工终端", "恶意代码", "杀毒软件未统一管理", 4, 3, 12, "中", "降低", "A.8.7、A.8.13", "信息部", "2026年3月"],
        [2, "R-02", "客户信息", "数据泄露", "访问权限过大", 3, 5, 15, "高", "降低", "A.5.15、A.8.3", "数据管理部", "2026/4/30"],
        [3, "R-03", "财务系统", "误操作", "缺少复核机制", 2, 3, 6, "低", "接受", "", "财务部", ""],
        [4, "R-04", "核心网络", "设备故障", "无冗余设计", 2, 5, 10, "中", "转移", "A.8.14、A.5.20", "信息部", "2026年6月"],
        [5, "R-05", "全体员工", "钓鱼邮件", "安全意识不足", 4, 4, 16, "高", "降低", "A.6.3", "人力资源部", "2026/3/31"],
        [6, "R-06", "旧版ERP", "漏洞利用", "系统已停止维护", 3, 4, 12, "中", "规避", "A.8.8", "信息部", "2026年9月"],
        [7, "R-07", "办公区", "非授权进入", "门禁未覆盖后门", 2, 3, 6, "低", "接受", "", "行政部", ""],
        [],
        ["编制人：李娜", "", "", "审核人：王强", "", "", "批准人：赵敏"],
      ],
    },
  ],
  risks: [
    risk("R-01", { likelihood: 4, impact: 3 }, "reduce", ["8.7", "8.13"], "信息部", "2026-03-31"),
    risk("R-02", { likelihood: 3, impact: 5 }, "reduce", ["5.15", "8.3"], "数据管理部", "2026-04-30"),
    risk("R-03", { likelihood: 2, impact: 3 }, "accept", null, "财务部"),
    risk("R-04", { likelihood: 2, impact: 5 }, "transfer", ["8.14", "5.20"], "信息部", "2026-06-30"),
    risk("R-05", { likelihood: 4, impact: 4 }, "reduce", ["6.3"], "人力资源部", "2026-03-31"),
    risk("R-06", { likelihood: 3, impact: 4 }, "avoid", ["8.8"], "信息部", "2026-09-30"),
    risk("R-07", { likelihood: 2, impact: 3 }, "accept", null, "行政部"),
  ],
};

export const ZH_WORKBOOKS = [
  titleSignOff,
  twoRowHeader,
  headersSoa,
  textRatings,
  gbtTables,
  ciaHidden,
  hiddenRanges,
  groupedPlan,
  loMergedAsset,
  loOdsPlan,
  loOdsGbt,
  loCsv,
];
