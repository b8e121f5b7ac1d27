/** The level of a leader who writes a 批示. Persisted: never rename a value. */
export enum LeaderLevel {
  City = 'city',
  Province = 'province',
  National = 'national',
  /** 厅局级: the head of a department. */
  Department = 'department',
}

export const LEADER_LEVEL_LABELS: Record<LeaderLevel, string> = {
  [LeaderLevel.City]: '市级',
  [LeaderLevel.Province]: '省级',
  [LeaderLevel.National]: '国家级',
  [LeaderLevel.Department]: '厅局级',
};

/** Where a 批示 stands in the register; follows from its fields (see `instructionStatus`). */
export enum InstructionStatus {
  Registered = 'registered',
  Referred = 'referred',
  Replied = 'replied',
  Closed = 'closed',
}

export const INSTRUCTION_STATUS_LABELS: Record<InstructionStatus, string> = {
  [InstructionStatus.Registered]: '已登记',
  [InstructionStatus.Referred]: '已转办',
  [InstructionStatus.Replied]: '已回函',
  [InstructionStatus.Closed]: '已办结',
};
