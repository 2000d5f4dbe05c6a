import { Global, Module } from '@nestjs/common';
import { PlanningSolver } from './planning-solver';

@Global()
@Module({ providers: [PlanningSolver], exports: [PlanningSolver] })
export class SolverModule {}
