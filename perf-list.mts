import { loadConnector, connectorNames } from './src/connectors/index.ts';
import { largestPage } from './src/lib/engine/page-size.ts';
