package org.entente.engine.trace;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.entente.engine.model.TreatyStatus;

/**
 * One turn's treaty statuses, in declaration order, as an immutable map. The names and their index are
 * shared by every turn of a run, so a turn costs one array of statuses instead of a linked hash map
 * (5,000 treaties × 100 turns would be a million map entries).
 */
public final class TreatyStatusMap extends AbstractMap<String, TreatyStatus> {
    /** The treaty names of a run, in declaration order, with their positions. */
    public static final class Names {
        private final String[] names;
        private final Map<String, Integer> index;

        /** @throws IllegalArgumentException when a name repeats (a map would keep only one entry) */
        public Names(String[] names) {
            this.names = names.clone();
            this.index = new HashMap<>(names.length * 2);
            for (int k = 0; k < names.length; k++) {
                if (index.putIfAbsent(names[k], k) != null) throw new IllegalArgumentException("duplicate treaty " + names[k]);
            }
        }
    }

    private final Names names;
    private final TreatyStatus[] statuses;
    private Set<Entry<String, TreatyStatus>> entries;

    /** @param statuses one per name, in the same order (not copied: the caller hands it over) */
    public TreatyStatusMap(Names names, TreatyStatus[] statuses) {
        if (statuses.length != names.names.length) throw new IllegalArgumentException("one status per treaty");
        this.names = names;
        this.statuses = statuses;
    }

    @Override public int size() { return statuses.length; }

    @Override public boolean containsKey(Object key) { return names.index.containsKey(key); }

    @Override public TreatyStatus get(Object key) {
        Integer k = names.index.get(key);
        return k == null ? null : statuses[k];
    }

    @Override public Set<Entry<String, TreatyStatus>> entrySet() {
        if (entries == null) entries = new AbstractSet<>() {
            @Override public int size() { return statuses.length; }

            @Override public Iterator<Entry<String, TreatyStatus>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override public boolean hasNext() { return next < statuses.length; }

                    @Override public Entry<String, TreatyStatus> next() {
                        if (next >= statuses.length) throw new NoSuchElementException();
                        int k = next++;
                        return new SimpleImmutableEntry<>(names.names[k], statuses[k]);
                    }
                };
            }
        };
        return entries;
    }
}
