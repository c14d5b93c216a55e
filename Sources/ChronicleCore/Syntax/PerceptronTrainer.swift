/// The training half of an averaged perceptron over hashed features: sparse weight rows that
/// remember their running totals so that the average can be taken at the end.
///
/// Each feature key owns a short list of (class, weight) entries; only classes the feature was
/// ever updated for are stored, which keeps millions of parser features in memory. Averaging
/// follows the lazy scheme: an entry records when it last changed and adds `weight × elapsed`
/// to its total just before the next change.
struct PerceptronTrainer {
    struct Entry {
        var label: Int32
        var weight: Float
        var total: Double
        var stamp: Int
    }

    let classCount: Int
    private var rowOf: [UInt32: Int32] = [:]
    private var rows: [[Entry]] = []
    /// The number of training instances seen so far (the clock of the averaging).
    private(set) var instances = 0

    init(classCount: Int) {
        self.classCount = classCount
    }

    /// Adds the current weights of `features` into `scores` (which must have ``classCount``
    /// elements and be zeroed by the caller).
    func score(_ features: [UInt32], into scores: inout [Float]) {
        for f in features {
            guard let r = rowOf[f] else { continue }
            for e in rows[Int(r)] { scores[Int(e.label)] += e.weight }
        }
    }

    /// Adds the current weights of `features` into `scores` (``classCount`` floats, zeroed by
    /// the caller); the same sums as ``score(_:into:)``.
    func score(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutablePointer<Float>) {
        for f in features {
            guard let r = rowOf[f] else { continue }
            rows[Int(r)].withUnsafeBufferPointer { row in
                for e in row { scores[Int(e.label)] += e.weight }
            }
        }
    }

    /// Adds `delta` to the weight of class `label` for every feature (one side of a
    /// structured update: +1 for the gold transition, -1 for the predicted one).
    mutating func update(label: Int, delta: Float, features: UnsafeBufferPointer<UInt32>) {
        for f in features { add(row: row(for: f), label: label, delta: delta) }
    }

    /// The row of feature `f`, added empty when the feature is new.
    private mutating func row(for f: UInt32) -> Int {
        if let existing = rowOf[f] { return Int(existing) }
        rowOf[f] = Int32(rows.count)
        rows.append([])
        return rows.count - 1
    }

    /// Counts one training instance (call once per decision, whether or not it was right).
    mutating func tick() { instances += 1 }

    /// Moves weight from `guess` to `truth` for every feature.
    mutating func update(truth: Int, guess: Int, features: [UInt32]) {
        guard truth != guess else { return }
        for f in features {
            let r = row(for: f)
            add(row: r, label: truth, delta: 1)
            add(row: r, label: guess, delta: -1)
        }
    }

    private mutating func add(row: Int, label: Int, delta: Float) {
        let now = instances
        if let i = rows[row].firstIndex(where: { $0.label == Int32(label) }) {
            rows[row][i].total += Double(now - rows[row][i].stamp) * Double(rows[row][i].weight)
            rows[row][i].stamp = now
            rows[row][i].weight += delta
        } else {
            rows[row].append(Entry(label: Int32(label), weight: delta, total: 0, stamp: now))
        }
    }

    /// The averaged weights, with entries smaller than `threshold` in magnitude dropped.
    func averaged(threshold: Float) -> WeightTable {
        let now = max(instances, 1)
        var keys: [UInt32] = []
        var counts: [UInt8] = []
        var labels: [UInt8] = []
        var weights: [Float] = []
        for (key, r) in rowOf.sorted(by: { $0.key < $1.key }) {
            var entries: [(label: UInt8, weight: Float)] = []
            for e in rows[Int(r)] {
                let total = e.total + Double(now - e.stamp) * Double(e.weight)
                let w = Float(total / Double(now))
                if abs(w) >= threshold { entries.append((UInt8(e.label), w)) }
            }
            if entries.isEmpty { continue }
            entries.sort { $0.label < $1.label }
            keys.append(key)
            counts.append(UInt8(entries.count))
            for e in entries {
                labels.append(e.label)
                weights.append(e.weight)
            }
        }
        return WeightTable(classCount: classCount, keys: keys, counts: counts, labels: labels, weights: weights)
    }

    /// The number of distinct features with weights.
    var featureCount: Int { rowOf.count }
}
