import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

// Every page is its own chunk: the inbox stays small, the modeler and editors load only when opened.
export const router = createBrowserRouter([
  { path: '/login', lazy: () => import('../../auth/components/LoginPage').then((m) => ({ Component: m.LoginPage })) },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/inbox" replace /> },
      {
        errorElement: <RouteError />,
        children: [
          { path: 'inbox', lazy: () => import('../../inbox/components/InboxPage').then((m) => ({ Component: m.InboxPage })) },
          { path: 'tasks/:taskId', lazy: () => import('../../task/components/TaskPage').then((m) => ({ Component: m.TaskPage })) },
          { path: 'items', lazy: () => import('../../items/components/ItemListPage').then((m) => ({ Component: m.ItemListPage })) },
          { path: 'items/new', lazy: () => import('../../items/components/RegisterItemPage').then((m) => ({ Component: m.RegisterItemPage })) },
          { path: 'items/:itemId', lazy: () => import('../../items/components/ItemDetailPage').then((m) => ({ Component: m.ItemDetailPage })) },
          { path: 'modeler/:processId?', lazy: () => import('../../modeler/components/ModelerPage').then((m) => ({ Component: m.ModelerPage })) },
          { path: 'forms/:formId?', lazy: () => import('../../form-editor/components/FormEditorPage').then((m) => ({ Component: m.FormEditorPage })) },
          { path: 'dmn/:decisionId?', lazy: () => import('../../dmn-editor/components/DmnEditorPage').then((m) => ({ Component: m.DmnEditorPage })) },
          { path: 'admin/*', lazy: () => import('../../admin/components/AdminPage').then((m) => ({ Component: m.AdminPage })) },
          { path: 'dashboard', lazy: () => import('../../dashboard/components/DashboardPage').then((m) => ({ Component: m.DashboardPage })) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
