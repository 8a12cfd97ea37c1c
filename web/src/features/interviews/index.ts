export { InterviewsTab } from './InterviewsTab';
