/** The registers the method names (文件清单 … 管理评审输入): texts the sheets and the sample write. */
export const registers = {
  placeholder: "",
} as const;
