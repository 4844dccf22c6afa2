/**
 * Asset classes for the asset register (GB/T 20984 classification) and the three identification layers of
 * GB/T 20984-2022 (business assets, system assets, system components and units).
 */
import type { AssetClass, AssetLayer } from "./types";

export const ASSET_CLASSES: readonly AssetClass[] = [
  {
    id: "data",
    label: { en: "Data", "zh-CN": "数据" },
    examples: {
      en: "Databases, files, contracts, plans, records",
      "zh-CN": "数据库、文件、合同、计划、记录",
    },
  },
  {
    id: "software",
    label: { en: "Software", "zh-CN": "软件" },
    examples: {
      en: "Operating systems, databases, applications, tools",
      "zh-CN": "操作系统、数据库、应用软件、工具软件",
    },
  },
  {
    id: "hardware",
    label: { en: "Hardware", "zh-CN": "硬件" },
    examples: {
      en: "Servers, network and security devices, terminals, media",
      "zh-CN": "服务器、网络及安全设备、终端、存储介质",
    },
  },
  {
    id: "service",
    label: { en: "Service", "zh-CN": "服务" },
    examples: {
      en: "Cloud, hosting, network and outsourced services",
      "zh-CN": "云服务、托管、网络及外包服务",
    },
  },
  {
    id: "people",
    label: { en: "People", "zh-CN": "人员" },
    examples: { en: "Staff, administrators, contractors", "zh-CN": "员工、系统管理员、外包人员" },
  },
  {
    id: "other",
    label: { en: "Other (intangible)", "zh-CN": "其他（无形资产）" },
    examples: { en: "Reputation, brand, intellectual property", "zh-CN": "企业声誉、品牌、知识产权" },
  },
];

export const ASSET_LAYERS: readonly AssetLayer[] = [
  {
    id: "business",
    label: { en: "Business assets", "zh-CN": "业务资产" },
    description: {
      en: "The business processes and services the organisation exists to deliver.",
      "zh-CN": "组织赖以实现其使命的业务及其流程。",
    },
  },
  {
    id: "system",
    label: { en: "System assets", "zh-CN": "系统资产" },
    description: {
      en: "Information systems that carry the business.",
      "zh-CN": "承载业务的信息系统。",
    },
  },
  {
    id: "component",
    label: { en: "System components and units", "zh-CN": "系统组件和单元资产" },
    description: {
      en: "Data, software, hardware, services and people that make up a system.",
      "zh-CN": "构成信息系统的数据、软件、硬件、服务和人员等。",
    },
  },
];
