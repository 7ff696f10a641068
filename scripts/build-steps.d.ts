export declare const TARGETS: Record<string, { inputs: string[]; stamp: string }>
export declare function ensureBuilt(root: string, names: string[], log?: (message: string) => void): Promise<void>
