package com.whereai.core.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The conversations of one process, in memory: at most {@code capacity} of them (the least recently used is
 * forgotten first), each forgotten {@code ttl} after it last stored something. Thread-safe.
 */
public final class InMemoryConversationStore implements ConversationStore {

    public static final int DEFAULT_CAPACITY = 10_000;
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);

    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries;

    /** 10 000 conversations, each kept for a day. */
    public InMemoryConversationStore() {
        this(DEFAULT_CAPACITY, DEFAULT_TTL, Clock.systemUTC());
    }

    public InMemoryConversationStore(int capacity, Duration ttl, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized Optional<ConversationState> get(String conversationId) {
        Entry entry = entries.get(Objects.requireNonNull(conversationId, "conversationId"));
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(conversationId);
            return Optional.empty();
        }
        return Optional.of(entry.state());
    }

    @Override
    public synchronized void put(String conversationId, ConversationState state) {
        entries.put(
                Objects.requireNonNull(conversationId, "conversationId"),
                new Entry(
                        Objects.requireNonNull(state, "state"), clock.instant().plus(ttl)));
    }

    @Override
    public synchronized void clear(String conversationId) {
        entries.remove(Objects.requireNonNull(conversationId, "conversationId"));
    }

    /** How many conversations are held, expired ones not yet looked at included. */
    public synchronized int size() {
        return entries.size();
    }

    private record Entry(ConversationState state, Instant expires) {}
}
