import type { registers as en } from "../en/registers";
import type { Widen } from "../types";

/** 方法要求的清单与记录（文件清单 … 管理评审输入）：工作表与示例写入的文字。 */
export const registers: Widen<typeof en> = {
  levels: {
    manual: "一级（方针、手册）",
    procedure: "二级（程序文件）",
    guideline: "三级（作业指导书）",
    form: "四级（表单、记录）",
  },
  laws: {
    cybersecurity: {
      name: "中华人民共和国网络安全法",
      clauses: "第三章 网络运行安全；第四章 网络信息安全",
      obligations:
        "履行网络安全等级保护义务；制定安全管理制度、确定网络安全负责人；网络日志留存不少于六个月；制定网络安全事件应急预案；保护用户个人信息。",
    },
    dataSecurity: {
      name: "中华人民共和国数据安全法",
      clauses: "第四章 数据安全保护义务",
      obligations:
        "建立数据分类分级和数据安全管理制度；明确重要数据安全负责人；开展风险监测，处置并报告数据安全事件；合法、正当地收集数据。",
    },
    personalInformation: {
      name: "中华人民共和国个人信息保护法",
      clauses: "第五章 个人信息处理者的义务",
      obligations:
        "制定个人信息内部管理制度和操作规程；采取加密、去标识化等措施；合理确定操作权限并开展培训；开展个人信息保护影响评估；发生泄露时通知和报告。",
    },
    cryptography: {
      name: "中华人民共和国密码法",
      clauses: "商用密码相关条款",
      obligations: "按法律法规要求使用商用密码进行保护；关键信息基础设施开展商用密码应用安全性评估。",
    },
    criticalInfrastructure: {
      name: "关键信息基础设施安全保护条例",
      clauses: "第三章 运营者责任义务",
      obligations:
        "被认定为关键信息基础设施运营者时适用：设置专门安全管理机构，开展安全检测和风险评估，采购安全可信的网络产品和服务。",
    },
    networkData: {
      name: "网络数据安全管理条例",
      clauses: "总则；个人信息保护；重要数据安全",
      obligations: "建立网络数据安全管理制度，数据分类分级保护，规范个人信息和重要数据处理，报告安全事件。",
    },
  },
  issuers: {
    npcsc: "全国人大常委会",
    stateCouncil: "国务院",
  },
  reviewInputs: {
    a: "a) 以往管理评审所采取措施的状态",
    b: "b) 与信息安全管理体系相关的内外部事项的变化",
    c: "c) 与信息安全管理体系相关的相关方需求和期望的变化",
    d1: "d) 1) 不符合和纠正措施",
    d2: "d) 2) 监视和测量结果",
    d3: "d) 3) 审核结果",
    d4: "d) 4) 信息安全目标的实现情况",
    e: "e) 相关方的反馈",
    f: "f) 风险评估结果和风险处置计划的状态",
    g: "g) 持续改进的机会",
  },
  reviewData: {
    a: "上次管理评审形成决议和措施 {count} 项。",
    aNone: "本工作簿中尚无以往管理评审记录。",
    d1: "不符合项共 {total} 项：待整改或整改中 {open} 项，已关闭 {closed} 项。",
    d2: "信息安全目标 {total} 项，已测量 {measured} 项。",
    d3: "检查表 {total} 项，已判定 {judged} 项。审核发现：严重不符合 {major} 项，一般不符合 {minor} 项，观察项 {observation} 项，改进机会 {improvement} 项。",
    d4: "信息安全目标 {total} 项，已达成 {achieved} 项。",
    f: "已评估风险 {risks} 项，超出风险接受准则 {above} 项。处置计划 {treatments} 项：已完成 {done} 项，已验证 {verified} 项；残余风险已接受 {accepted} 项。",
    g: "内审改进机会 {improvement} 项、观察项 {observation} 项；差距分析改进建议 {gaps} 项。",
  },
  audit: {
    clauseArea: "第{id}章 {title}",
    themeArea: "附录A {title}",
    criteria: "ISO/IEC 27001 {ids}",
    criteriaNone: "该主题无适用的控制",
    priority: { high: "高", medium: "中", low: "低" },
    method: {
      clause: "查阅文件、访谈",
      control: "访谈、现场观察、抽查记录",
    },
    point: {
      state: "差距分析现状：{state}",
      advice: "核查：{advice}",
      evidence: "查看：{evidence}",
      control: "核查控制措施按{documents}的规定实施，并保存运行记录。",
      controlNoDocument: "核查控制措施已实施并形成文件，并保存运行记录。",
    },
    ncSource: "内部审核",
    listSeparator: "；",
  },
};
