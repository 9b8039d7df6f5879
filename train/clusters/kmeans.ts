/**
 * Spherical k-means (cosine similarity on unit vectors), seeded and deterministic:
 * k-means++ seeding from a fixed pseudo-random sequence, then Lloyd iterations in a fixed
 * order, so the same input always gives the same clusters.
 */
import { seededRandom } from '../random.js';

/** Scale each row of a row-major matrix to unit length (rows of zeros stay zero). */
export function normalizeRows(data: Float32Array, dims: number): void {
  for (let o = 0; o < data.length; o += dims) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += data[o + d] * data[o + d];
    norm = Math.sqrt(norm);
    if (norm > 0) for (let d = 0; d < dims; d++) data[o + d] /= norm;
  }
}

/**
 * Subtract the mean row, then project out the `count` directions of largest variance (power
 * iteration from a fixed start). In GloVe those directions mostly encode word frequency, which
 * otherwise puts all frequent words in one cluster (Mu and Viswanath 2018, "all-but-the-top").
 */
export function removeTopDirections(data: Float32Array, dims: number, count: number): void {
  const n = data.length / dims;
  const mean = new Float64Array(dims);
  for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) mean[d] += data[i * dims + d] / n;
  for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) data[i * dims + d] -= mean[d];
  for (let c = 0; c < count; c++) {
    let v = new Float64Array(dims).fill(1 / Math.sqrt(dims));
    for (let step = 0; step < 100; step++) {
      const next = new Float64Array(dims);
      for (let i = 0; i < n; i++) {
        let p = 0;
        for (let d = 0; d < dims; d++) p += data[i * dims + d] * v[d];
        for (let d = 0; d < dims; d++) next[d] += p * data[i * dims + d];
      }
      const norm = Math.sqrt(next.reduce((s, x) => s + x * x, 0)) || 1;
      v = next.map((x) => x / norm);
    }
    for (let i = 0; i < n; i++) {
      let p = 0;
      for (let d = 0; d < dims; d++) p += data[i * dims + d] * v[d];
      for (let d = 0; d < dims; d++) data[i * dims + d] -= p * v[d];
    }
  }
}

function dot(a: Float32Array, ao: number, b: Float32Array, bo: number, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[ao + d] * b[bo + d];
  return s;
}

export interface KMeansOptions {
  k: number;
  seed: number;
  maxIterations: number;
  /** Per point weight (default 1), used in seeding and in the centroid means. */
  weights?: Float64Array;
  log?: (line: string) => void;
}

export interface KMeansResult {
  /** Cluster of each point. */
  assignment: Int32Array;
  /** Unit-length centroids, row-major, k rows. */
  centroids: Float32Array;
}

/** Cluster unit-length rows of `data` (n rows of `dims`) into `k` groups by cosine similarity. */
export function sphericalKMeans(data: Float32Array, dims: number, options: KMeansOptions): KMeansResult {
  const { k, maxIterations } = options;
  const n = data.length / dims;
  if (n < k) throw new Error(`k-means: ${n} points for ${k} clusters`);
  const weight = (i: number) => (options.weights ? options.weights[i] : 1);
  const random = seededRandom(options.seed);
  const centroids = new Float32Array(k * dims);

  // k-means++: each next centre drawn with probability proportional to weight times its
  // cosine distance to the nearest centre chosen so far.
  const nearest = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centroids.set(data.subarray(pick * dims, (pick + 1) * dims), c * dims);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const distance = Math.max(0, 1 - dot(data, i * dims, centroids, c * dims, dims));
      if (distance < nearest[i]) nearest[i] = distance;
      total += weight(i) * nearest[i];
    }
    let target = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= weight(i) * nearest[i];
      if (target <= 0) {
        pick = i;
        break;
      }
    }
  }

  const assignment = new Int32Array(n).fill(-1);
  const similarity = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(data, i * dims, centroids, c * dims, dims);
        if (s > bestSim) {
          bestSim = s;
          best = c;
        }
      }
      if (assignment[i] !== best) moved++;
      assignment[i] = best;
      similarity[i] = bestSim;
    }
    // New centroids: normalised weighted sums; an empty cluster takes the point that fits its own worst.
    const sums = new Float64Array(k * dims);
    const sizes = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const c = assignment[i];
      const w = weight(i);
      sizes[c] += w;
      for (let d = 0; d < dims; d++) sums[c * dims + d] += w * data[i * dims + d];
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) {
        let worst = 0;
        for (let i = 1; i < n; i++) if (similarity[i] < similarity[worst]) worst = i;
        similarity[worst] = Infinity;
        for (let d = 0; d < dims; d++) sums[c * dims + d] = data[worst * dims + d];
      }
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = sums[c * dims + d] / norm;
    }
    let mean = 0;
    for (let i = 0; i < n; i++) mean += similarity[i];
    options.log?.(`k=${k} iteration ${iteration}: ${moved} moved, mean cosine ${(mean / n).toFixed(4)}`);
    if (moved <= n / 1000) break;
  }
  return { assignment, centroids };
}
