/// The inference half of an averaged perceptron: a compact open-addressing table from 32-bit
/// feature keys to short runs of (class, weight) entries.
///
/// Scoring a decision costs one probe per feature and a few additions; nothing is allocated.
/// Keys are already well-mixed hashes, so their low bits choose the slot directly.
///
/// Weights are kept as they are stored on disk: Float16 values times one scale per table
/// (the largest weight is 1024), so that an entry (class and weight) fits in a `UInt32` and
/// the table takes a third of the memory that `Float` entries would. A slot is 16 bytes, four
/// to a cache line: the key, then the number of entries and, when there are at most three
/// (three quarters of a perceptron's features: the class it was right for and the one or two
/// it was wrong for), the entries themselves, so that a rare feature costs one cache miss.
/// Longer runs live in ``overflow``; the few features with weights for most classes (the bias,
/// frequent tags) also get a dense row of floats, added with vector instructions.
struct WeightTable: Sendable {
    let classCount: Int
    /// The factor that turns a stored Float16 into its weight.
    let scale: Float
    /// Four words per slot: the key (0 for an empty slot); a header; two words that depend on
    /// the header's count. Inline (at most three entries): `count | class0 << 8 | half0 << 16`,
    /// then entries 1 and 2 ``packed(_:)``. Otherwise `count` (plus ``denseFlag``),
    /// the run's start in ``overflow``, and the dense row's start in ``dense``.
    let slots: PinnedBuffer<UInt32>
    /// ``packed(_:)`` entries of the features with more than three entries.
    let overflow: PinnedBuffer<UInt32>
    /// One row of ``classCount`` weights (zeros included) per feature with at least
    /// ``denseThreshold(classCount:)`` entries, followed by the largest weight's magnitude
    /// (see ``scoreReordered(_:into:)``); rows are ``rowStride`` floats apart, whole cache lines.
    let dense: PinnedBuffer<Float>
    /// The distance between dense rows: room for ``classCount`` + 1 floats, rounded up to 16.
    let rowStride: Int
    /// The number of home slots (the table has a few more after them, see ``home(_:_:)``).
    let homes: Int
    /// The number of features and of stored weights.
    let size: (features: Int, weights: Int)

    /// The most entries kept inside a slot.
    static let inlineEntries: UInt32 = 3
    /// Marks the header of a slot (with more than three entries) that also has a dense row.
    static let denseFlag: UInt32 = 1 << 31
    /// The fewest entries for which a feature's weights are also stored as a dense row.
    static func denseThreshold(classCount: Int) -> Int { max(8, classCount / 4) }

    /// Builds the table from flat arrays: strictly increasing `keys`, the number of entries of
    /// each key in `counts`, and the entries themselves (`labels`, `weights`) in key order.
    /// The weights are rounded to Float16 with the largest one at 1024, as on disk.
    init(classCount: Int, keys: [UInt32], counts: [UInt8], labels: [UInt8], weights: [Float]) {
        var maxAbs: Float = 0
        for w in weights { maxAbs = max(maxAbs, abs(w)) }
        let scale = maxAbs > 0 ? maxAbs / 1024 : 1
        self.init(classCount: classCount, scale: scale, keys: keys, counts: counts, labels: labels,
                  halves: weights.map { Float16($0 / scale).bitPattern })
    }

    /// Builds the table from its stored form (see ``init(classCount:keys:counts:labels:weights:)``).
    ///
    /// The in-memory layout is built for lookups: a feature's home slot is chosen by the
    /// key's high bits scaled to a table one and a half times the number of features (not a
    /// power of two, so a table is never nearly three times too big); features are inserted
    /// from the most entries to the fewest, so that the frequent ones (the perceptron updated
    /// them often) sit in their home slots and their runs lie together at the start of
    /// ``overflow`` (the runs of dense features, never read when scoring, at its end).
    init(classCount: Int, scale: Float, keys: [UInt32], counts: [UInt8], labels: [UInt8], halves: [UInt16]) {
        precondition(classCount <= 255, "a weight table holds at most 255 classes")
        self.classCount = classCount
        self.scale = scale
        let unit = Self.unit(scale)
        let homes = max(16, keys.count + (keys.count + 1) / 2)
        self.homes = homes
        let denseThreshold = Self.denseThreshold(classCount: classCount)
        let rowStride = (classCount + 16) / 16 * 16
        self.rowStride = rowStride
        var overflowCount = 0, denseRunCount = 0, denseCount = 0
        var starts = [Int](repeating: 0, count: keys.count)
        var byCount = [[Int32]](repeating: [], count: 256)
        var position = 0
        for (i, c) in counts.enumerated() {
            starts[i] = position
            position += Int(c)
            byCount[Int(c)].append(Int32(i))
            if Int(c) > Int(Self.inlineEntries) {
                overflowCount += Int(c)
                if Int(c) >= denseThreshold { denseCount += rowStride; denseRunCount += Int(c) }
            }
        }
        @inline(__always) func entry(_ j: Int) -> UInt32 { UInt32(labels[j]) << 16 | UInt32(halves[j]) }
        let overflow = PinnedBuffer<UInt32>(zeroed: overflowCount)
        let dense = PinnedBuffer<Float>(zeroed: denseCount)
        // Slots past the last home take the probes that run off its end (no wrapping); the
        // last slot stays empty so that every probe ends.
        var tail = 64
        var built: PinnedBuffer<UInt32>?
        while built == nil {
            let table = PinnedBuffer<UInt32>(zeroed: 4 * (homes + tail))
            let slots = table.pointer
            var overflowEnd = 0, denseRunEnd = overflowCount - denseRunCount, denseEnd = 0
            var fits = true
            insertion: for c in stride(from: 255, through: 0, by: -1) {
                for i32 in byCount[c] {
                    let i = Int(i32), key = keys[i], start = starts[i], count = c
                    var slot = Self.home(key, homes)
                    while slots[4 * slot] != 0 { slot += 1 }
                    if slot >= homes + tail - 1 { fits = false; break insertion }
                    let s = 4 * slot
                    slots[s] = key
                    if count <= Int(Self.inlineEntries) {
                        slots[s + 1] = count > 0 ? UInt32(count) | Self.inlineHeader(entry(start)) : 0
                        for j in 1 ..< max(1, count) { slots[s + 1 + j] = Self.packed(entry(start + j)) }
                    } else {
                        let isDense = count >= denseThreshold
                        var runStart = isDense ? denseRunEnd : overflowEnd
                        slots[s + 1] = UInt32(count)
                        slots[s + 2] = UInt32(runStart)
                        var largest: Float = 0
                        for j in 0 ..< count {
                            overflow.pointer[runStart] = Self.packed(entry(start + j))
                            largest = max(largest, abs(Self.weight(entry(start + j), unit)))
                            runStart += 1
                        }
                        // A run's largest weight in magnitude (a dense row keeps it at its end).
                        slots[s + 3] = largest.bitPattern
                        if isDense { denseRunEnd = runStart } else { overflowEnd = runStart }
                        if isDense {
                            slots[s + 1] |= Self.denseFlag
                            slots[s + 3] = UInt32(denseEnd)
                            for j in start ..< start + count {
                                dense.pointer[denseEnd + Int(labels[j])] = Self.weight(entry(j), unit)
                            }
                            dense.pointer[denseEnd + classCount] = largest
                            denseEnd += rowStride
                        }
                    }
                }
            }
            if fits { built = table } else { tail *= 8 }
        }
        slots = built!
        self.overflow = overflow
        self.dense = dense
        size = (keys.count, labels.count)
    }

    /// The home slot of `key` among `homes` slots: its high bits scaled (keys are well mixed).
    @inline(__always)
    static func home(_ key: UInt32, _ homes: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* UInt64(truncatingIfNeeded: homes)) >> 32)
    }

    /// An entry `class << 16 | half` as stored in runs and in the second and third inline
    /// places: the half's bits moved into a Float's places (see ``weight(_:_:)``), whose 13
    /// low bits are zero, with the class in the lowest 8, so that adding it costs a mask
    /// instead of the moves.
    static func packed(_ entry: UInt32) -> UInt32 {
        (entry & 0x7FFF) << 13 | (entry & 0x8000) << 16 | entry >> 16
    }

    /// The entry `class << 16 | half` of a ``packed(_:)`` entry.
    static func unpacked(_ p: UInt32) -> UInt32 {
        (p & 0xFF) << 16 | (p >> 13) & 0x7FFF | (p >> 16) & 0x8000
    }

    /// The class of a ``packed(_:)`` entry.
    @inline(__always)
    static func packedClass(_ p: UInt32) -> Int { Int(p & 0xFF) }

    /// The weight of a ``packed(_:)`` entry: exactly ``weight(_:_:)`` of the entry.
    @inline(__always)
    static func packedWeight(_ p: UInt32, _ unit: Float) -> Float { Float(bitPattern: p & 0xFFFF_FF00) * unit }

    /// The first entry packed with the count (`class << 8 | half << 16`), for an inline slot.
    static func inlineHeader(_ entry: UInt32) -> UInt32 { (entry >> 16) << 8 | (entry & 0xFFFF) << 16 }

    /// The first entry of an inline slot's header, as `class << 16 | half`.
    @inline(__always)
    static func firstEntry(_ header: UInt32) -> UInt32 { (header & 0xFF00) << 8 | header >> 16 }

    /// The factor applied to a Float16's bits moved into a Float (see ``weight(_:_:)``).
    static func unit(_ scale: Float) -> Float { scale * 0x1p112 }

    /// The weight of an entry `class << 16 | half`: the half's bits moved into a Float's
    /// places are the half's value times 2⁻¹¹² (subnormals included), so one multiplication
    /// by `unit` gives exactly `Float(half) * scale`, without the slow conversion call.
    @inline(__always)
    static func weight(_ entry: UInt32, _ unit: Float) -> Float {
        Float(bitPattern: (entry & 0x7FFF) << 13 | (entry & 0x8000) << 16) * unit
    }
}
