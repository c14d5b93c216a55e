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
    /// then entries 1 and 2 as `class << 16 | half`. Otherwise `count` (plus ``denseFlag``),
    /// the run's start in ``overflow``, and the dense row's start in ``dense``.
    let slots: PinnedBuffer<UInt32>
    /// `class << 16 | half` entries of the features with more than three entries.
    let overflow: PinnedBuffer<UInt32>
    /// One row of ``classCount`` weights (zeros included) per feature with at least
    /// ``denseThreshold(classCount:)`` entries.
    let dense: PinnedBuffer<Float>
    /// The number of slots minus one (a power of two minus one).
    let mask: Int
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
    init(classCount: Int, scale: Float, keys: [UInt32], counts: [UInt8], labels: [UInt8], halves: [UInt16]) {
        precondition(classCount <= 255, "a weight table holds at most 255 classes")
        self.classCount = classCount
        self.scale = scale
        let unit = Self.unit(scale)
        var capacity = 16
        while capacity < keys.count + keys.count / 2 { capacity *= 2 }
        let mask = capacity - 1
        self.mask = mask
        let denseThreshold = Self.denseThreshold(classCount: classCount)
        var overflowCount = 0, denseCount = 0
        for c in counts where Int(c) > Int(Self.inlineEntries) {
            overflowCount += Int(c)
            if Int(c) >= denseThreshold { denseCount += classCount }
        }
        @inline(__always) func entry(_ j: Int) -> UInt32 { UInt32(labels[j]) << 16 | UInt32(halves[j]) }
        var overflowEnd = 0, denseEnd = 0
        let overflow = PinnedBuffer<UInt32>(zeroed: overflowCount)
        let dense = PinnedBuffer<Float>(zeroed: denseCount)
        let table = PinnedBuffer<UInt32>(zeroed: 4 * capacity)
        do {
            let slots = table.pointer
            var position = 0
            for (i, key) in keys.enumerated() {
                var slot = Int(truncatingIfNeeded: key) & mask
                while slots[4 * slot] != 0 { slot = (slot + 1) & mask }
                let count = Int(counts[i])
                let s = 4 * slot
                slots[s] = key
                if count <= Int(Self.inlineEntries) {
                    slots[s + 1] = count > 0 ? UInt32(count) | Self.inlineHeader(entry(position)) : 0
                    for j in 1 ..< max(1, count) { slots[s + 1 + j] = entry(position + j) }
                } else {
                    slots[s + 1] = UInt32(count)
                    slots[s + 2] = UInt32(overflowEnd)
                    for j in 0 ..< count { overflow.pointer[overflowEnd + j] = entry(position + j) }
                    overflowEnd += count
                    if count >= denseThreshold {
                        slots[s + 1] |= Self.denseFlag
                        slots[s + 3] = UInt32(denseEnd)
                        for j in position ..< position + count {
                            dense.pointer[denseEnd + Int(labels[j])] = Self.weight(entry(j), unit)
                        }
                        denseEnd += classCount
                    }
                }
                position += count
            }
        }
        slots = table
        self.overflow = overflow
        self.dense = dense
        size = (keys.count, labels.count)
    }

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
