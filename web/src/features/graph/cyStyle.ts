// The Cytoscape stylesheet: colour and size come from each element's data (see elements.ts).
import type { StylesheetJson } from 'cytoscape';

/** Labels below this on-screen size are not drawn; larger for big charts, which then draw few labels when zoomed out. */
export const minLabelSize = (big: boolean) => (big ? 12 : 6);

export function graphStyle(big: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'min-zoomed-font-size': minLabelSize(big),
        color: '#1c2330',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.kind-case', style: { shape: 'round-rectangle' } },
    { selector: 'node.kind-phone', style: { shape: 'diamond' } },
    { selector: 'node.kind-account', style: { shape: 'hexagon' } },
    // A hub with links left out: dashed border, "+N" under its caption.
    { selector: 'node.hub', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#b3261e' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#1c2330' } },
    { selector: 'node:selected', style: { 'overlay-color': '#1f5fa8', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'curve-style': big ? 'haystack' : 'bezier',
        opacity: 0.8,
        label: big ? '' : 'data(label)',
        'font-size': 9,
        'min-zoomed-font-size': 9,
        'text-rotation': 'autorotate',
        color: '#5b6474',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
      },
    },
    { selector: 'edge.directed', style: { 'target-arrow-shape': big ? 'none' : 'triangle' } },
    { selector: 'edge.link-same_as', style: { 'line-style': 'dashed' } },
    { selector: 'edge:selected', style: { 'line-color': '#1f5fa8', 'target-arrow-color': '#1f5fa8', opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f2b01e' } },
    { selector: 'edge.path', style: { 'line-color': '#f2b01e', 'target-arrow-color': '#f2b01e', opacity: 1, width: 4 } },
  ];
}
