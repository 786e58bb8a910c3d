import type { ThemeConfig } from 'antd';

// A calm blue on a soft grey canvas: readable for a whole shift at the desk.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f6feb',
    colorInfo: '#1f6feb',
    borderRadius: 8,
    colorBgLayout: '#f4f6fa',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 24px', headerHeight: 56 },
    Menu: { itemBorderRadius: 6, itemMarginInline: 8 },
    Table: { headerBg: '#f7f8fb' },
  },
};
