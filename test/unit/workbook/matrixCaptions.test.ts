/** The GB/T 20984 matrices on the methodology sheet are captioned as the standard writes them. */
import { t } from "../../../src/i18n";

it.each([
  ["zh-CN", "likelihood", "安全事件可能性矩阵 L(威胁, 脆弱性)"],
  ["zh-CN", "loss", "安全事件损失矩阵 F(资产价值, 脆弱性)"],
  ["en", "likelihood", "Likelihood matrix L(threat, vulnerability)"],
  ["en", "loss", "Loss matrix F(asset value, vulnerability)"],
] as const)("in %s the %s matrix is captioned %j", (lang, matrix, caption) => {
  expect(t(lang, `functions.methodSheet.matrices.${matrix}`)).toBe(caption);
});
