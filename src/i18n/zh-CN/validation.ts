import type { validation as en } from "../en/validation";
import type { Widen } from "../types";

export const validation: Widen<typeof en> = {
  severity: { error: "错误", warning: "警告" },
  unnamedRisk: "（第 {row} 行）",
  title: {
    risk: {
      id: { missing: "风险缺少编号", duplicate: "风险编号重复" },
      rating: { invalid: "赋值不在赋值标准范围内", missing: "缺少赋值" },
      value: { mismatch: "风险值或风险等级与评估方法不符" },
      untreated: "不可接受风险未列入风险处置计划",
      owner: { missing: "风险缺少风险责任人" },
    },
    treatment: {
      risk: { missing: "处置缺少风险编号", unknown: "风险编号不在风险评估表中" },
      duplicate: "同一风险有多行处置",
      option: { missing: "未选择处置方式", invalid: "处置方式无效" },
      measure: { missing: "缺少具体处置措施" },
      control: {
        missing: "未选择附录A控制措施",
        unknown: "不是附录A控制项",
        legacy: "使用了2013版控制项编号",
      },
      owner: { missing: "处置缺少责任人" },
      due: {
        missing: "缺少计划完成日期",
        invalid: "计划完成日期不是有效日期",
        late: "计划完成日期超出期限",
        overdue: "处置已逾期",
      },
      accept: { unapproved: "接受风险未经管理层批准" },
    },
    residual: {
      rating: { invalid: "残余风险赋值不在赋值标准范围内", missing: "残余风险赋值不完整" },
      missing: "未评价残余风险",
      higher: "残余风险高于处置前风险",
      unaccepted: "超出接受准则的残余风险未经批准接受",
    },
  },
  message: {
    risk: {
      id: {
        missing:
          "风险评估表第 {row} 行有内容，但没有风险编号。请填写唯一的风险编号（如 R-001），以便风险处置计划和适用性声明引用。",
        duplicate: "风险编号 {riskId} 已在第 {firstRow} 行使用。请为每个风险使用唯一的编号，或删除重复的行。",
      },
      rating: {
        invalid:
          "风险{riskId}：{rating}为“{value}”，不在风险评估方法规定的赋值范围内。请填写 {min} 到 {max} 之间的整数，否则无法计算风险值。",
        missing:
          "风险{riskId}：{rating}未填写，而风险计算方法（{method}）需要该赋值才能计算风险值。请填写 {min} 到 {max} 之间的整数。",
      },
      value: {
        mismatch:
          "风险{riskId}：表中的{field}为 {value}，但按风险评估方法，这些赋值得出的结果是 {expected}。请清除该单元格，让公式重新计算，或更正相应的赋值。",
      },
      untreated:
        "风险{riskId}超出风险接受准则（{basis} {actual}，可接受上限为 {criterion}），但未列入风险处置计划。请在风险处置计划中为其增加一行，填写处置方式、具体措施、附录A控制措施、责任人和计划完成日期。",
      owner: {
        missing: "风险{riskId}超出风险接受准则，但没有风险责任人。请指定对该风险负责的人员。",
      },
    },
    treatment: {
      risk: {
        missing: "风险处置计划第 {row} 行没有风险编号。请填写该行所处置的风险在风险评估表中的编号。",
        unknown: "风险编号 {riskId} 不在风险评估表中。请更正风险编号，或先在风险评估表中登记并评估该风险。",
      },
      duplicate:
        "风险{riskId}已在第 {firstRow} 行有处置。请将其措施写在同一行（临时措施和长期措施可写在一起），或删除本行。",
      option: {
        missing: "风险{riskId}：未选择处置方式。请从降低、规避、转移、接受中选择一种（4 选 1）。",
        invalid:
          "风险{riskId}：“{value}”不是有效的处置方式。请从降低、规避、转移、接受中选择一种，具体内容写在处置措施中。",
      },
      measure: {
        missing:
          "风险{riskId}：处置方式为“{option}”，但没有具体措施。请写明将采取什么措施、如何落实，必要时分别列出临时措施和长期措施。",
      },
      control: {
        missing:
          "风险{riskId}的处置方式为降低，但没有选择附录A控制措施。请填写其措施所落实的附录A控制项（如 8.8），以便纳入适用性声明。",
        unknown:
          "风险{riskId}：{value} 不是 ISO/IEC 27001:{standard} 附录A中的控制项。请更正编号或将其删除。",
        legacy:
          "风险{riskId}：{value} 是 ISO/IEC 27001:2013 的控制项编号，而本工作簿采用 2022 版。请改为 {ids}。",
      },
      owner: {
        missing: "风险{riskId}：处置没有责任人。请指定负责落实该处置的人员。",
      },
      due: {
        missing: "风险{riskId}：没有计划完成日期。请填写风险评估后 {limit} 天内的日期，不晚于 {latest}。",
        invalid:
          "风险{riskId}：计划完成日期“{value}”不是有效日期。请填写具体日期，如 {latest}（YYYY-MM-DD）。",
        late: "风险{riskId}：计划完成日期 {dueDate} 距风险评估日期（{assessedOn}）{days} 天，超过风险评估方法规定的 {limit} 天。请提前到 {latest} 或更早，或先采取临时措施，再另行安排长期措施。",
        overdue:
          "风险{riskId}：计划完成日期 {dueDate} 已过 {days} 天，处置尚未完成。请更新状态，或与责任人商定新的完成日期。",
      },
      accept: {
        unapproved:
          "风险{riskId}超出风险接受准则（{basis} {actual}，可接受上限为 {criterion}），却选择了接受，且未经批准。请由管理层（管理者代表）批准接受该风险，并填写接受人和接受日期。",
      },
    },
    residual: {
      rating: {
        invalid:
          "风险{riskId}：残余风险的{rating}为“{value}”，不在风险评估方法规定的赋值范围内。请填写 {min} 到 {max} 之间的整数。",
        missing:
          "风险{riskId}：已填写部分残余风险赋值，但{rating}为空。请填写 {min} 到 {max} 之间的整数，以便计算残余风险。",
      },
      missing:
        "风险{riskId}：处置已标记为完成，但未评价残余风险。请对处置后的风险重新赋值，并与风险接受准则比较。",
      higher:
        "风险{riskId}：处置后的{field}（{residual}）高于处置前（{inherent}）。请核对残余风险赋值：处置不应使风险升高。",
      unaccepted:
        "风险{riskId}：残余风险超出风险接受准则（{basis} {actual}，可接受上限为 {criterion}），且未经正式接受。请进一步处置，或由管理层（管理者代表）签署接受残余风险，并填写接受人和接受日期。",
    },
  },
};
