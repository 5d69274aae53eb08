import { Card, Typography } from 'antd';
import { useToken } from '../theme';

export interface KpiTile {
  /** Stable id; the tile is `data-testid="kpi-<key>"`. */
  key: string;
  /** Already translated. */
  label: string;
  /** Already formatted (a dash where there is nothing to show). */
  value: string;
  /** A second line under the figure, e.g. the count a rate is of. */
  hint?: string | undefined;
}

/** A dashboard's headline figures: a labelled list of small cards that wraps to the width. */
export function KpiTiles({ label, tiles }: { label: string; tiles: readonly KpiTile[] }) {
  const token = useToken();
  return (
    <ul
      aria-label={label}
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        display: 'grid',
        gap: token.marginSM,
        gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
      }}
    >
      {tiles.map((tile) => (
        <li key={tile.key} data-testid={`kpi-${tile.key}`}>
          <Card size="small">
            <Typography.Text type="secondary">{tile.label}</Typography.Text>
            <div
              style={{
                fontSize: token.fontSizeHeading3,
                fontWeight: 600,
                fontVariantNumeric: 'tabular-nums',
              }}
            >
              {tile.value}
            </div>
            {tile.hint && <Typography.Text type="secondary">{tile.hint}</Typography.Text>}
          </Card>
        </li>
      ))}
    </ul>
  );
}
