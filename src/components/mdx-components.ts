// The components editors may use in MDX without importing them.
import Breakdown from './Breakdown.astro';
import CommunityList from './CommunityList.astro';
import DataTable from './DataTable.astro';
import IndexExplanation from './IndexExplanation.astro';
import KeyFigure from './KeyFigure.astro';
import OblastRanking from './OblastRanking.astro';
import ReportBarChart from './ReportBarChart.astro';
import ReportMap from './ReportMap.astro';

// In the report, maps and charts carry their embed and download links.
export const mdxComponents = {
  BarChart: ReportBarChart,
  Breakdown,
  ChoroplethMap: ReportMap,
  CommunityList,
  DataTable,
  IndexExplanation,
  KeyFigure,
  OblastRanking,
};
