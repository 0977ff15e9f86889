/**
 * The one script every page loads: the header search box's shortcut and highlights (site-search.ts), and
 * the loaders that fetch the cite box's and the mention previews' scripts when a reader turns to them
 * (cite-on-demand.ts, previews-on-demand.ts). Each acts only where its markup is. One file rather than three
 * on a page of the text saves more bytes than the two loaders cost a page without a cite box or mentions.
 */
import './site-search.ts';
import './cite-on-demand.ts';
import './previews-on-demand.ts';
