import { prefectures } from "../../core/registry/prefectures.js";
import type { MapTile } from "./site-data.js";

/**
 * A tile map of Japan: one square per prefecture, placed roughly where it lies (north-east top right, Okinawa
 * bottom left), so that every prefecture gets the same room however small it is. Keyed by name, checked against
 * the registry's list of 47 by the tests.
 */
const places: Readonly<Record<(typeof prefectures)[number], readonly [col: number, row: number]>> = {
  北海道: [12, 0],
  青森県: [12, 2],
  秋田県: [11, 3],
  岩手県: [12, 3],
  山形県: [11, 4],
  宮城県: [12, 4],
  石川県: [8, 5],
  富山県: [9, 5],
  新潟県: [10, 5],
  福島県: [11, 5],
  福井県: [7, 6],
  岐阜県: [8, 6],
  長野県: [9, 6],
  群馬県: [10, 6],
  栃木県: [11, 6],
  茨城県: [12, 6],
  島根県: [3, 7],
  鳥取県: [4, 7],
  兵庫県: [5, 7],
  京都府: [6, 7],
  滋賀県: [7, 7],
  愛知県: [8, 7],
  山梨県: [9, 7],
  埼玉県: [10, 7],
  千葉県: [11, 7],
  佐賀県: [0, 8],
  福岡県: [1, 8],
  山口県: [2, 8],
  広島県: [3, 8],
  岡山県: [4, 8],
  大阪府: [5, 8],
  奈良県: [6, 8],
  三重県: [7, 8],
  静岡県: [8, 8],
  神奈川県: [9, 8],
  東京都: [10, 8],
  長崎県: [0, 9],
  熊本県: [1, 9],
  大分県: [2, 9],
  愛媛県: [3, 9],
  香川県: [4, 9],
  和歌山県: [6, 9],
  鹿児島県: [1, 10],
  宮崎県: [2, 10],
  高知県: [3, 10],
  徳島県: [4, 10],
  沖縄県: [0, 11],
};

export const prefectureTiles: readonly MapTile[] = prefectures.map((name, pref) => {
  const [col, row] = places[name];
  return { pref, col, row };
});
