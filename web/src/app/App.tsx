import { App as AntApp } from 'antd';
import { RouterProvider } from 'react-router';
import { LocaleProvider } from './i18n/LocaleProvider';
import { router } from './router';

export function App() {
  return (
    <LocaleProvider>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </LocaleProvider>
  );
}
