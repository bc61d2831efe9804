import type { ThemeConfig } from 'antd';

export const PRIMARY_COLOR = '#1f4e96';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY_COLOR,
    colorLink: PRIMARY_COLOR,
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Menu: { itemSelectedBg: '#e8eef7', itemSelectedColor: PRIMARY_COLOR, itemActiveBg: '#e8eef7' },
    Layout: { headerBg: PRIMARY_COLOR, headerPadding: '0 16px', headerHeight: 56, bodyBg: '#f4f6f9', siderBg: '#ffffff' },
  },
};
