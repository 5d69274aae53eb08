/**
 * @careops/design-system/charts — recharts and the console's chart frame, shared as
 * one singleton and loaded only by the pages that draw charts: the charts library
 * is downloaded once per session, and never with the first screen.
 */
export { ChartCard, type ChartCardProps, type ChartColumn } from './chart-card';
export { useChartColors } from './palette';
export {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ReferenceArea,
  ReferenceLine,
  Tooltip as ChartTooltip,
  XAxis,
  YAxis,
} from 'recharts';
