extension WeightTable {
    /// A copy without the entries whose weight is below `minimum` in magnitude (and without
    /// the features left empty): a smaller, faster table that decides almost the same.
    ///
    /// ```swift
    /// let small = table.pruned(minimumWeight: 0.5)
    /// ```
    func pruned(minimumWeight minimum: Float) -> WeightTable {
        let unit = Self.unit(scale)
        var keys: [UInt32] = [], counts: [UInt8] = [], labels: [UInt8] = [], halves: [UInt16] = []
        for (key, entries) in sortedEntries() {
            var kept = 0
            for e in entries where abs(Self.weight(e, unit)) >= minimum {
                labels.append(UInt8(e >> 16))
                halves.append(UInt16(e & 0xFFFF))
                kept += 1
            }
            if kept == 0 { continue }
            keys.append(key)
            counts.append(UInt8(kept))
        }
        return WeightTable(classCount: classCount, scale: scale, keys: keys, counts: counts, labels: labels,
                           halves: halves)
    }

    /// Writes the table (scale, sorted keys, run lengths, classes, Float16 weights).
    func write(to writer: inout BinaryWriter) {
        var keys: [UInt32] = [], counts: [UInt8] = [], labels: [UInt8] = [], halves: [Float16] = []
        for (key, entries) in sortedEntries() {
            keys.append(key)
            counts.append(UInt8(entries.count))
            for e in entries {
                labels.append(UInt8(e >> 16))
                halves.append(Float16(bitPattern: UInt16(e & 0xFFFF)))
            }
        }
        writer.write(UInt32(classCount))
        writer.write(scale)
        writer.write(uint32s: keys)
        writer.write(bytes: counts)
        writer.write(bytes: labels)
        writer.write(float16s: halves)
    }

    /// Reads a table written by ``write(to:)``.
    init(from reader: inout BinaryReader) throws {
        let classCount = Int(try reader.readUInt32())
        let scale = try reader.readFloat()
        let keys = try reader.readUInt32s()
        let counts = try reader.readBytes()
        let labels = try reader.readBytes()
        let halves = try reader.readFloat16s()
        var increasing = true
        for i in keys.indices.dropFirst() where keys[i - 1] >= keys[i] { increasing = false; break }
        guard counts.count == keys.count, labels.count == halves.count, increasing,
              counts.reduce(0, { $0 + Int($1) }) == labels.count, classCount <= 255,
              labels.allSatisfy({ Int($0) < classCount }), scale.isFinite
        else {
            throw SyntaxError(code: .badModel, message: "inconsistent weight table")
        }
        self.init(classCount: classCount, scale: scale, keys: keys, counts: counts, labels: labels,
                  halves: halves.map(\.bitPattern))
    }
}
