package org.entente.engine.threat;

/**
 * The indices of an array of doubles, largest value first, equal values in ascending index: the order of
 * {@code Arrays.sort} of the boxed indices with {@code Double.compare(v[b], v[a])} (a stable sort, so equal
 * values keep the indices' order), without boxing a thousand indices and calling a comparator for each of
 * their ten thousand comparisons every turn (docs/performance.md, "Simulation").
 */
final class DescendingOrder {
    private DescendingOrder() {}

    static int[] of(double[] v) {
        int n = v.length;
        // Double.compare's order as signed longs: the raw bits (NaN made canonical), negatives' magnitude bits flipped
        long[] key = new long[n];
        for (int j = 0; j < n; j++) {
            long bits = Double.doubleToLongBits(v[j]);
            key[j] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
        }
        int[] order = new int[n], other = new int[n];
        for (int j = 0; j < n; j++) order[j] = j;
        // bottom-up merge sort, stable: the left run's index goes first unless the right one's key is larger
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
                int a = lo, b = mid, out = lo;
                while (a < mid && b < hi) other[out++] = key[order[b]] > key[order[a]] ? order[b++] : order[a++];
                while (a < mid) other[out++] = order[a++];
                while (b < hi) other[out++] = order[b++];
            }
            int[] swap = order;
            order = other;
            other = swap;
        }
        return order;
    }
}
