export { TasksTab } from './TasksTab';
export { TasksPage } from './TasksPage';
export { CalendarPage } from './CalendarPage';
