import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import { Actor, CurrentActor, pathId, ValidBody, ValidParam, ValidQuery } from '@freight/platform';
import type { z } from 'zod';
import { customerView } from '../customers/customer.view';
import { staffOf } from '../shared/staff';
import { Lead } from './lead.entity';
import { LeadHandler } from './lead.handler';
import { LeadListQuery, LeadQueries } from './lead.queries';
import type { LeadConversion, NewLead } from './lead.rules';

const leadView = (l: Lead) => ({
  leadId: l.leadId,
  branch: l.branch,
  status: l.status,
  company: l.company,
  contact: l.contact,
  source: l.source,
  ...(l.notes ? { notes: l.notes } : {}),
  createdAt: l.createdAt.toISOString(),
  createdBy: l.createdBy,
  ...(l.promising ? { promising: l.promising } : {}),
  ...(l.customerId ? { customerId: l.customerId } : {}),
  history: l.history,
});

/** R9 over the internal API: /leads. */
@Controller('leads')
export class LeadsHttpController {
  constructor(
    private readonly leads: LeadHandler,
    private readonly queries: LeadQueries,
  ) {}

  @Post()
  async record(@ValidBody(OrderHttp.newLeadBody) body: NewLead, @CurrentActor() actor: Actor) {
    return leadView(await this.leads.record(body, staffOf(actor)));
  }

  @Get()
  async list(@ValidQuery(OrderHttp.leadListQuery) query: LeadListQuery) {
    const page = await this.queries.list(query);
    return { ...page, items: page.items.map(leadView) };
  }

  @Get(':id')
  async one(@ValidParam('id', pathId) id: string) {
    return leadView(await this.queries.byId(id));
  }

  @Post(':id/promising')
  @HttpCode(200)
  async promising(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.promisingBody) body: z.output<typeof OrderHttp.promisingBody>,
    @CurrentActor() actor: Actor,
  ) {
    return leadView(await this.leads.promising(id, body.reason, staffOf(actor)));
  }

  @Post(':id/convert')
  @HttpCode(200)
  async convert(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.convertLeadBody) body: LeadConversion,
    @CurrentActor() actor: Actor,
  ) {
    const { lead, customer } = await this.leads.convert(id, body, staffOf(actor));
    return { lead: leadView(lead), customer: customerView(customer) };
  }
}
