/// The search tree of a globally trained beam learner (the parser's ``BeamLearner`` and the
/// tagger's ``TaggerBeamLearner``): every partial analysis is a node that records its parent,
/// the class (transition or tag) that made it, and where the features that scored that class
/// lie in ``pool``; the max-violation (or early) update walks two nodes back to the node they
/// share.
///
/// ```swift
/// var tree = BeamSearchTree()
/// tree.reset()                                   // node 0: the empty analysis
/// let a = tree.append(parent: 0, class: 2, featureStart: 0, featureCount: 0)
/// tree.nodes[a].transition                       // 2
/// ```
struct BeamSearchTree {
    /// A node: its parent node, the class that made it, and its features in ``pool``.
    struct Node {
        var parent: Int32
        var transition: Int32
        var featureStart: Int32
        var featureCount: Int32
    }

    private(set) var nodes: [Node] = []
    /// The features of every scored node, one run per node.
    var pool: [UInt32] = []

    /// Empties the tree (keeping its storage) and adds the root, node 0.
    mutating func reset() {
        nodes.removeAll(keepingCapacity: true)
        pool.removeAll(keepingCapacity: true)
        nodes.append(Node(parent: -1, transition: -1, featureStart: 0, featureCount: 0))
    }

    /// Adds a node and returns its index.
    mutating func append(parent: Int, class c: Int, featureStart: Int, featureCount: Int) -> Int {
        nodes.append(Node(parent: Int32(parent), transition: Int32(c), featureStart: Int32(featureStart),
                          featureCount: Int32(featureCount)))
        return nodes.count - 1
    }

    /// Adds the features of the gold prefix ending at node `g` for its classes to `trainer` and
    /// subtracts those of the predicted prefix ending at `p` (same length), back to the node
    /// they share.
    func update(_ trainer: inout PerceptronTrainer, predicted p: Int, gold g: Int) {
        var (p, g) = (p, g)
        pool.withUnsafeBufferPointer { features in
            while p != g && p > 0 && g > 0 {
                for (node, delta) in [(nodes[g], Float(1)), (nodes[p], Float(-1))] where node.featureCount > 0 {
                    let start = Int(node.featureStart)
                    trainer.update(label: Int(node.transition), delta: delta,
                                   features: UnsafeBufferPointer(rebasing: features[start ..< start + Int(node.featureCount)]))
                }
                p = Int(nodes[p].parent)
                g = Int(nodes[g].parent)
            }
        }
    }
}
