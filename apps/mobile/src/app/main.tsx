import 'antd-mobile/es/global';
import '../lib/i18n';
import './styles.css';
import '../ui/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { setUpAntdMobile } from './antd-mobile-setup';
import { Providers } from './providers';
import { router } from './router';

setUpAntdMobile();

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
