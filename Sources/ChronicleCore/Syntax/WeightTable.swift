/// The inference half of an averaged perceptron: a compact open-addressing table from 32-bit
/// feature keys to short runs of (class, weight) entries.
///
/// Scoring a decision costs one probe per feature and a few additions; nothing is allocated.
/// Keys are already well-mixed hashes, so their low bits choose the slot directly.
/// A slot packs the key and the feature's number into one `UInt64`, so a probe touches one
/// cache line. On disk the table is its sorted keys, run lengths, classes and Float16 weights
/// (scaled so that the largest weight is 1024), rebuilt into the probe table at load time.
struct WeightTable: Sendable {
    let classCount: Int
    /// `key << 32 | start`, 0 for an empty slot; `start` indexes ``data``.
    private let slots: [UInt64]
    /// Per feature: the number of entries, then (class, weight bits) pairs.
    private let data: [UInt32]
    private let mask: Int
    /// The number of features and of stored weights.
    let size: (features: Int, weights: Int)

    /// Builds the table from flat arrays: strictly increasing `keys`, the number of entries of
    /// each key in `counts`, and the entries themselves (`labels`, `weights`) in key order.
    init(classCount: Int, keys: [UInt32], counts: [UInt8], labels: [UInt8], weights: [Float]) {
        precondition(classCount <= 255, "a weight table holds at most 255 classes")
        self.classCount = classCount
        var capacity = 16
        while capacity < keys.count + keys.count / 2 { capacity *= 2 }
        mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var data: [UInt32] = []
        data.reserveCapacity(keys.count + 2 * labels.count)
        var position = 0
        for (i, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(key) << 32 | UInt64(data.count)
            let count = Int(counts[i])
            data.append(UInt32(count))
            for j in position ..< position + count {
                data.append(UInt32(labels[j]))
                data.append(weights[j].bitPattern)
            }
            position += count
        }
        self.slots = slots
        self.data = data
        size = (keys.count, labels.count)
    }

    /// Adds the weights of `features` to `scores` (``classCount`` floats, zeroed by the caller).
    ///
    /// Two phases: first every feature's slot is found, then the weights are added. The
    /// lookups of different features do not depend on each other, so the processor overlaps
    /// their cache misses (scoring is memory-bound: one or two misses per feature).
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutablePointer<Float>) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { starts in
            var found = 0
            slots.withUnsafeBufferPointer { slots in
                for f in features {
                    let wanted = UInt64(f)
                    var slot = Int(truncatingIfNeeded: wanted) & mask
                    while true {
                        let s = slots[slot]
                        if s >> 32 == wanted {
                            starts[found] = Int(truncatingIfNeeded: s & 0xFFFF_FFFF)
                            found += 1
                            break
                        }
                        if s == 0 { break }
                        slot = (slot + 1) & mask
                    }
                }
            }
            data.withUnsafeBufferPointer { data in
                for k in 0 ..< found {
                    let start = starts[k]
                    let end = start + 1 + 2 * Int(data[start])
                    var i = start + 1
                    while i < end {
                        scores[Int(data[i])] += Float(bitPattern: data[i + 1])
                        i += 2
                    }
                }
            }
        }
    }

    /// A copy without the entries whose weight is below `minimum` in magnitude (and without
    /// the features left empty): a smaller, faster table that decides almost the same.
    ///
    /// ```swift
    /// let small = table.pruned(minimumWeight: 0.5)
    /// ```
    func pruned(minimumWeight minimum: Float) -> WeightTable {
        var order: [(key: UInt32, start: Int)] = []
        for s in slots where s != 0 { order.append((UInt32(s >> 32), Int(s & 0xFFFF_FFFF))) }
        order.sort { $0.key < $1.key }
        var keys: [UInt32] = [], counts: [UInt8] = [], labels: [UInt8] = [], weights: [Float] = []
        for (key, start) in order {
            var kept = 0
            for j in 0 ..< Int(data[start]) {
                let w = Float(bitPattern: data[start + 2 + 2 * j])
                guard abs(w) >= minimum else { continue }
                labels.append(UInt8(data[start + 1 + 2 * j]))
                weights.append(w)
                kept += 1
            }
            if kept == 0 { continue }
            keys.append(key)
            counts.append(UInt8(kept))
        }
        return WeightTable(classCount: classCount, keys: keys, counts: counts, labels: labels, weights: weights)
    }

    /// Writes the table (sorted keys, run lengths, classes, scaled Float16 weights).
    func write(to writer: inout BinaryWriter) {
        var order: [(key: UInt32, start: Int)] = []
        for s in slots where s != 0 { order.append((UInt32(s >> 32), Int(s & 0xFFFF_FFFF))) }
        order.sort { $0.key < $1.key }
        var maxAbs: Float = 0
        for (_, start) in order {
            for j in 0 ..< Int(data[start]) { maxAbs = max(maxAbs, abs(Float(bitPattern: data[start + 2 + 2 * j]))) }
        }
        let scale = maxAbs > 0 ? maxAbs / 1024 : 1
        var keys: [UInt32] = []
        var counts: [UInt8] = []
        var outLabels: [UInt8] = []
        var outWeights: [Float16] = []
        for (key, start) in order {
            let count = Int(data[start])
            keys.append(key)
            counts.append(UInt8(count))
            for j in 0 ..< count {
                outLabels.append(UInt8(data[start + 1 + 2 * j]))
                outWeights.append(Float16(Float(bitPattern: data[start + 2 + 2 * j]) / scale))
            }
        }
        writer.write(UInt32(classCount))
        writer.write(scale)
        writer.write(uint32s: keys)
        writer.write(bytes: counts)
        writer.write(bytes: outLabels)
        writer.write(float16s: outWeights)
    }

    /// Reads a table written by ``write(to:)``.
    init(from reader: inout BinaryReader) throws {
        let classCount = Int(try reader.readUInt32())
        let scale = try reader.readFloat()
        let keys = try reader.readUInt32s()
        let counts = try reader.readBytes()
        let labels = try reader.readBytes()
        let halfs = try reader.readFloat16s()
        var increasing = true
        for i in keys.indices.dropFirst() where keys[i - 1] >= keys[i] { increasing = false; break }
        guard counts.count == keys.count, labels.count == halfs.count, increasing,
              counts.reduce(0, { $0 + Int($1) }) == labels.count, classCount <= 255,
              labels.allSatisfy({ Int($0) < classCount })
        else {
            throw SyntaxError(code: .badModel, message: "inconsistent weight table")
        }
        let weights = halfs.map { Float($0) * scale }
        self.init(classCount: classCount, keys: keys, counts: counts, labels: labels, weights: weights)
    }
}
