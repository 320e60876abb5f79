package org.clausealign.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The peak of live data on the heap: the largest heap left after any garbage collection, not the
 * collector's high-water mark (which counts garbage not yet collected and grows with the heap
 * allowed).
 */
final class LiveHeap {
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    /** Time for the collector's notification to arrive after a requested collection. */
    private static final long NOTIFICATION_MILLIS = 200;

    private final AtomicLong peak = new AtomicLong();

    private LiveHeap() {}

    /** @return a watch on this JVM's collections from now on */
    static LiveHeap watch() {
        LiveHeap heap = new LiveHeap();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long live = 0;
                    for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (HEAP_POOLS.contains(pool.getKey())) {
                            live += ((MemoryUsage) pool.getValue()).getUsed();
                        }
                    }
                    heap.peak.accumulateAndGet(live, Math::max);
                }
            }, null, null);
        }
        return heap;
    }

    /**
     * @return the largest heap after a collection since the watch began; if none ran, the heap
     *     after one run now
     */
    long peak() throws InterruptedException {
        if (peak.get() == 0) {
            System.gc();
            Thread.sleep(NOTIFICATION_MILLIS);
        }
        return peak.get();
    }

    /** Starts again from zero. */
    void reset() {
        peak.set(0);
    }
}
