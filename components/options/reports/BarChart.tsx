// Bar charts drawn with uPlot (canvas, ~50 kB, no dependencies). Every chart also carries its figures in
// an accessible table (`ChartTable`), which is what screen readers, tests and the printout read.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface BarSeries {
  label: string;
  color: string;
  values: number[];
}

export interface BarChartProps {
  /** One label per bar group (x axis). */
  labels: string[];
  /**
   * The series: one, or several with `stacked` (each later series drawn on top of the earlier ones; the
   * values are added up here, since uPlot has no stacking of its own).
   */
  series: BarSeries[];
  stacked?: boolean;
  /** Suffix of the y axis values ("%"). */
  unit?: string;
  height?: number;
  testId?: string;
}

export const COLORS = {
  accent: '#c2410c',
  positive: '#1a7f37',
  neutral: '#8c959f',
  negative: '#cf222e',
  blue: '#0969da',
};

function chartOptions({ labels, series, stacked, unit = '' }: BarChartProps, width: number, height: number) {
  const bars = uPlot.paths.bars!({ size: [0.6, 48], gap: 1 });
  const drawn = stacked ? [...series].reverse() : series;
  const opts: uPlot.Options = {
    width,
    height,
    legend: { show: series.length > 1, live: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, labels.length - 0.5] },
      y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] },
    },
    axes: [
      {
        splits: () => labels.map((_label, i) => i),
        values: (_u, splits) => splits.map((i) => labels[i] ?? ''),
        gap: 4,
        size: 30,
        font: '11px system-ui, sans-serif',
        grid: { show: false },
        stroke: '#5b6570',
      },
      {
        values: (_u, splits) => splits.map((v) => `${Math.round(v)}${unit}`),
        size: 48,
        font: '11px system-ui, sans-serif',
        stroke: '#5b6570',
        grid: { stroke: 'rgba(127,127,127,0.2)' },
      },
    ],
    series: [
      {},
      ...drawn.map((s) => ({
        label: s.label,
        fill: s.color,
        stroke: s.color,
        paths: bars,
        points: { show: false },
      })),
    ],
  };
  return opts;
}

function chartData({ labels, series, stacked }: BarChartProps): uPlot.AlignedData {
  const x = labels.map((_label, i) => i);
  if (!stacked) return [x, ...series.map((s) => s.values)];
  const sums: number[][] = [];
  series.forEach((s, i) => sums.push(s.values.map((v, j) => v + (i ? sums[i - 1]![j]! : 0))));
  return [x, ...sums.reverse()];
}

let drawable: boolean | undefined;
function canDraw(): boolean {
  drawable ??= document.createElement('canvas').getContext('2d') !== null;
  return drawable;
}

export function BarChart(props: BarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const height = props.height ?? 200;
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // No 2D canvas here (unit tests' DOM): the tables beside the charts still hold every figure.
    if (!canDraw()) return;
    const plot = new uPlot(
      chartOptions(props, element.clientWidth || 420, height),
      chartData(props),
      element,
    );
    const resize = new ResizeObserver(() => {
      if (element.clientWidth > 0) plot.setSize({ width: element.clientWidth, height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [props, height]);
  return <div className="chart" ref={box} data-testid={props.testId} aria-hidden="true" />;
}
