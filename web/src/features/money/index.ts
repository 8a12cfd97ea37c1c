export { MoneyPage } from './MoneyPage';
