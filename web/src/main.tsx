import './lib/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AppRoutes } from './app-routes';
import { theme } from './theme';
import './styles.css';

dayjs.locale('zh-cn');

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');

createRoot(container).render(
  <StrictMode>
    {/* autoInsertSpace off: antd would render "登 录", and screen readers and tests would read the spaced text. */}
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      {/* antd's <App> (message, modal, notification) lives in the workspace shell: no public page uses it, and it
          would put those components in the first load of the public site. */}
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </ConfigProvider>
  </StrictMode>,
);
