import { Module } from '@nestjs/common';
import { CallsModule } from '../calls/calls.module';
import { ComplaintsModule } from '../complaints/complaints.module';
import { StarModule } from '../star/star.module';

/** Makes the use cases the demo data goes through reachable from the seed (DemoDataContext.get). */
@Module({ imports: [CallsModule, ComplaintsModule, StarModule] })
export class DemoModule {}
