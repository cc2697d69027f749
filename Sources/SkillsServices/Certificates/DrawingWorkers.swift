import Foundation
import SkillsCore
import SkillsRendering
import SkillsStore

/// How bulk drawing is shared out: how many worker processes, and the arguments that start one on a shard.
public struct DrawingWorkers: Sendable {
    public var count: Int
    public var arguments: @Sendable (_ shard: Int, _ shards: Int) -> [String]

    public init(count: Int, arguments: @escaping @Sendable (_ shard: Int, _ shards: Int) -> [String]) {
        self.count = count
        self.arguments = arguments
    }
}
