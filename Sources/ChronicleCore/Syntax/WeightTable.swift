/// The inference half of an averaged perceptron: a compact open-addressing table from 32-bit
/// feature keys to short runs of (class, weight) entries.
///
/// Scoring a decision costs one probe per feature and a few additions; nothing is allocated.
/// A slot packs the key and the feature's number into one `UInt64`, so a probe touches one
/// cache line. On disk the table is its sorted keys, run lengths, classes and Float16 weights
/// (scaled so that the largest weight is 1024), rebuilt into the probe table at load time.
struct WeightTable: Sendable {
    let classCount: Int
    /// `key << 32 | feature number`, 0 for an empty slot.
    private let slots: [UInt64]
    /// Where each feature's entries start; one more element than there are features.
    private let starts: [UInt32]
    private let labels: [UInt8]
    private let weights: [Float]
    private let mask: Int

    /// Builds the table from flat arrays: strictly increasing `keys`, the number of entries of
    /// each key in `counts`, and the entries themselves (`labels`, `weights`) in key order.
    init(classCount: Int, keys: [UInt32], counts: [UInt8], labels: [UInt8], weights: [Float]) {
        precondition(classCount <= 255, "a weight table holds at most 255 classes")
        self.classCount = classCount
        var capacity = 16
        while capacity < keys.count + keys.count / 2 { capacity *= 2 }
        mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var starts = [UInt32](repeating: 0, count: keys.count + 1)
        var position: UInt32 = 0
        for (i, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: FeatureHash.mix(UInt64(key))) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(key) << 32 | UInt64(i)
            starts[i] = position
            position += UInt32(counts[i])
        }
        starts[keys.count] = position
        self.slots = slots
        self.starts = starts
        self.labels = labels
        self.weights = weights
    }

    /// The number of features and of stored weights.
    var size: (features: Int, weights: Int) { (starts.count - 1, weights.count) }

    /// Adds the weights of `features` to `scores` (``classCount`` floats, zeroed by the caller).
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutablePointer<Float>) {
        slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                weights.withUnsafeBufferPointer { w in
                    labels.withUnsafeBufferPointer { l in
                        for f in features {
                            let wanted = UInt64(f)
                            var slot = Int(truncatingIfNeeded: FeatureHash.mix(wanted)) & mask
                            while true {
                                let s = slots[slot]
                                if s >> 32 == wanted {
                                    let feature = Int(s & 0xFFFF_FFFF)
                                    for i in Int(starts[feature]) ..< Int(starts[feature + 1]) {
                                        scores[Int(l[i])] += w[i]
                                    }
                                    break
                                }
                                if s == 0 { break }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                }
            }
        }
    }

    /// Writes the table (sorted keys, run lengths, classes, scaled Float16 weights).
    func write(to writer: inout BinaryWriter) {
        var order: [(key: UInt32, feature: Int)] = []
        for s in slots where s != 0 { order.append((UInt32(s >> 32), Int(s & 0xFFFF_FFFF))) }
        order.sort { $0.key < $1.key }
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 1024 : 1
        var keys: [UInt32] = []
        var counts: [UInt8] = []
        var outLabels: [UInt8] = []
        var outWeights: [Float16] = []
        for (key, feature) in order {
            let start = Int(starts[feature])
            let end = Int(starts[feature + 1])
            keys.append(key)
            counts.append(UInt8(end - start))
            for i in start ..< end {
                outLabels.append(labels[i])
                outWeights.append(Float16(weights[i] / scale))
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
