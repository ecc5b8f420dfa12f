// The components editors may use in MDX without importing them.
import BarChart from './BarChart.astro';
import ChoroplethMap from './map/ChoroplethMap.astro';
import CommunityList from './CommunityList.astro';
import DataTable from './DataTable.astro';
import IndexExplanation from './IndexExplanation.astro';
import KeyFigure from './KeyFigure.astro';
import OblastRanking from './OblastRanking.astro';

export const mdxComponents = { BarChart, ChoroplethMap, CommunityList, DataTable, IndexExplanation, KeyFigure, OblastRanking };
